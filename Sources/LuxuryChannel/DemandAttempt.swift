/// Where demand comes from: a browsing visitor, a viewer of the live show
/// buying a look, or a viewer the show brought to browse the channel.
public enum DemandSource: UInt8, Sendable {
    /// A visitor of one of the traffic's segments, browsing.
    case browsing
    /// A viewer buying a look on the runway.
    case show
    /// A show viewer who came to browse the channel (`show.browsing`).
    case showBrowsing
}

/// Numbers for the entities demand creates — a browsing view that carts or
/// buys, a show viewer's buy attempt, a channel visit, a viewer's contact —
/// given when the funnel creates them, in creation order and apart by source.
///
/// What becomes of an attempt downstream (its cart, order, parcel, returns
/// and contacts) draws its random numbers from streams restarted at its
/// number (`RandomStream.restart(entity:step:)`). The numbering depends only
/// on demand, never on stock, capacity or timing downstream, so two scenarios
/// that differ downstream give the same attempt the same numbers.
enum DemandAttempt {
    /// The entity number of attempt `n` from `source` (browsing: n; the show: 2³² + n; …).
    static func entity(_ n: UInt32, source: DemandSource) -> UInt64 { UInt64(n) | UInt64(source.rawValue) << 32 }

    /// The entity number of channel visit `n` (for contacts after a visit),
    /// from browsing or (`fromShow`) brought by a show.
    static func visit(_ n: UInt32, fromShow: Bool) -> UInt64 { UInt64(n) | (fromShow ? 4 : 3) << 32 }

    /// The entity number of the n-th contact after a show viewer joined.
    static func viewerContact(_ n: UInt32) -> UInt64 { UInt64(n) | 5 << 32 }

    /// The entity of unit `line` of an order from attempt `entity` (its return and the contacts after it).
    static func unit(_ line: Int, of entity: UInt64) -> UInt64 { entity &+ UInt64(line + 1) << 48 }
}

/// Steps of an entity's life that draw random numbers, so that each site
/// restarts its stream at a step of its own.
enum EntityStep {
    /// A returned unit's receiving work and restocking decision (its return
    /// decision and delay are step 0 of the unit's entity).
    static let restock: UInt64 = 1
    static let returnWork: UInt64 = 2
    /// Whether the shopper ever pays (payment stream; attempts are steps 0, 1, …).
    static let abandonsPayment: UInt64 = 1 << 20
    /// Patience in the `visit`-th checkout queue joined (checkout stream; step 0 is the time to order).
    static func patience(visit: Int) -> UInt64 { 1 + UInt64(visit) }
    /// The substitution decision for unit `line` of a basket.
    static func substitution(line: Int) -> UInt64 { UInt64(line) }

    /// Contacts of reason `k` after an order: their count (j = 0) and the j-th contact (j ≥ 1).
    static func contact(reason k: Int, _ j: Int) -> UInt64 { UInt64(k) << 24 | UInt64(j) }
}
