/// What shipping, delivery and returns have done so far in a replication
/// (times of each order are kept on the order itself).
struct FulfilmentTallies {
    /// Orders whose truck has left, and parcels at the door.
    var shipped = 0
    var delivered = 0
    /// Returns decided at delivery and not yet back at the warehouse.
    var returnsInTransit = 0
    /// Returned units that arrived, were received, and were put back on sale.
    var returned = 0
    var returnsProcessed = 0
    var restocked = 0
}
