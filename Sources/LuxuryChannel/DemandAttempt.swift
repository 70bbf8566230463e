/// Numbers for the demand attempts of a replication — a browsing view that
/// carts or buys, a show viewer's buy attempt — given when the funnel creates
/// them, in creation order and apart for browsing and the show.
///
/// What becomes of an attempt downstream (its cart, order, parcel, return and
/// contacts) draws its random numbers from streams restarted at its number
/// (`RandomStream.restart(entity:step:)`). The numbering depends only on
/// demand, never on stock, capacity or timing downstream, so two scenarios
/// that differ downstream give the same attempt the same numbers.
enum DemandAttempt {
    /// The entity number of browsing attempt `n`.
    static func browsing(_ n: UInt32) -> UInt64 { UInt64(n) }

    /// The entity number of show buy attempt `n`.
    static func show(_ n: UInt32) -> UInt64 { UInt64(n) | 1 << 32 }

    /// The entity of attempt `n`, from the show when `live`.
    static func entity(_ n: UInt32, live: Bool) -> UInt64 { live ? show(n) : browsing(n) }
}

/// Steps of an entity's life that draw random numbers, so that each site
/// restarts its stream at a step of its own.
enum EntityStep {
    /// Restocking decision of a received return (the return decision and delay are step 0).
    static let restock: UInt64 = 1
    /// Receiving work of a returned unit.
    static let returnWork: UInt64 = 2

    /// Contacts of reason `k` after an order: their count (j = 0) and the j-th contact (j ≥ 1).
    static func contact(reason k: Int, _ j: Int) -> UInt64 { UInt64(k) << 24 | UInt64(j) }
}
