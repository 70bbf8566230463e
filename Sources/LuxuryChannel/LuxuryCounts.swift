/// Counters of one replication's demand, stock and checkout.
struct LuxuryCounts {
    /// App visitors who did not enter the channel, and those who did.
    var otherVisitors = 0
    var channelVisitors = 0
    /// Viewers who joined any show.
    var viewers = 0
    /// Add-to-cart actions that held a unit.
    var carts = 0
    /// Units held (cart or buy-now), and cart holds that expired unordered.
    var reservations = 0
    var expired = 0
    /// Orders placed, paid, and cancelled after failed payments.
    var ordersPlaced = 0
    var ordersPaid = 0
    var ordersCancelled = 0
    /// Demand that found no stock (after substitution), all and from the show.
    var lostUnits = 0
    var lostUnitsLive = 0
    /// Demand served by another product of the same brand.
    var substituted = 0
    /// Units paid for from the show.
    var unitsSoldLive = 0
    /// Failed payment attempts.
    var paymentFailures = 0
    /// Sale prices of the units sold, RMB: all, by category; units by category and by look.
    var revenue = 0.0
    var unitsByCategory: [Int] = []
    var unitsByLook: [Int] = []
    var revenueByCategory: [Double] = []
}
