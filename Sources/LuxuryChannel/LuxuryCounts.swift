/// Counters of one replication's demand, stock and checkout.
struct LuxuryCounts {
    /// App visitors who did not enter the channel, and channel visits
    /// (browsing segments and, apart, visits brought by a show).
    var otherVisitors = 0
    var channelVisitors = 0
    var showVisitors = 0
    /// Viewers who joined any show.
    var viewers = 0
    /// Add-to-cart actions that held a unit.
    var carts = 0
    /// Reservations (carts and buy-now orders holding units), and cart holds that expired unordered.
    var reservations = 0
    var expired = 0
    /// Orders placed, paid, cancelled after failed payments, released unpaid
    /// at the payment window, and given up in a checkout queue.
    var ordersPlaced = 0
    var ordersPaid = 0
    var ordersCancelled = 0
    var ordersTimedOut = 0
    var ordersAbandoned = 0
    /// Orders paid from browsing (segments or brought by a show), and from the show.
    var browsingOrdersPaid = 0
    var liveOrdersPaid = 0
    /// Units of the orders released unpaid or given up in a queue.
    var lostUnitsCheckout = 0
    /// Demand that found no stock (after substitution), all and from the show.
    var lostUnits = 0
    var lostUnitsLive = 0
    /// Demand served by another product of the same pool.
    var substituted = 0
    /// Units paid for, and of them from the show.
    var unitsSold = 0
    var unitsSoldLive = 0
    /// Failed payment attempts.
    var paymentFailures = 0
    /// Sale prices of the units sold, RMB; and of the units returned (refunded).
    var revenue = 0.0
    var refunded = 0.0
    /// By category: units sold, revenue, units lost to stock-outs.
    var unitsByCategory: [Int] = []
    var revenueByCategory: [Double] = []
    var lostByCategory: [Int] = []
    /// By stock pool (brands, then looks): units sold, lost to stock-outs, and restocked, and revenue.
    var soldByPool: [Int] = []
    var lostByPool: [Int] = []
    var restockedByPool: [Int] = []
    var revenueByPool: [Double] = []
}
