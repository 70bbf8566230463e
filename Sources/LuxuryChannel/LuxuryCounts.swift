/// Counters of one replication.
struct LuxuryCounts {
    var otherVisitors = 0
    var channelVisitors = 0
    var viewers = 0
    var carts = 0
    var reservations = 0
    var expired = 0
    var ordersPlaced = 0
    var ordersPaid = 0
    var ordersCancelled = 0
    var lostUnits = 0
    var lostUnitsLive = 0
    var substituted = 0
    var unitsSoldLive = 0
    var paymentFailures = 0
    var revenue = 0.0
    var unitsByCategory: [Int] = []
    var unitsByLook: [Int] = []
    var revenueByCategory: [Double] = []
}
