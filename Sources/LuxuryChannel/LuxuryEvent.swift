import SimulationKernel

/// The events of a luxury-channel replication.
public enum LuxuryEvent: Sendable, TimedEvent {
    /// The next channel visitor of a segment arrives (thinned app traffic).
    case channelVisitor(segment: Int32)
    /// The next app visitor arrives (`visitor-level: true` only).
    case appVisitor
    /// A shopper adds a product to the cart; `orders` says whether the cart will be ordered.
    case addToCart(product: Int32, orders: Bool)
    /// A shopper buys a product at once (from browsing, or from the show when `live`).
    case buyNow(product: Int32, live: Bool)
    /// A cart's hold window ends.
    case holdEnds(reservation: Int32)
    /// A cart turns into an order.
    case orderPlaced(reservation: Int32)
    /// The order service has taken an order.
    case orderTaken(reservation: Int32)
    /// The shopper has entered payment details; the payment goes to processing.
    case paymentSubmitted(reservation: Int32)
    /// The payment processor has answered.
    case paymentProcessed(reservation: Int32)
    /// A viewer joins a show's live stream (leaving is not an event: see `LiveAudience`).
    case viewerJoins(show: Int32)
    /// A look walks the runway.
    case lookWalks(look: Int32)
    /// A station's staff changes (shift or outage); `station` indexes pick, pack and care stations.
    case staffChange(station: Int32, change: Int32)
    /// A wave releases the waiting orders to picking.
    case wave
    /// Picking or packing of an order ends at `station`.
    case workDone(station: Int32, order: Int32)
    /// The order leaves on its carrier's truck.
    case shipped(order: Int32)
    /// The parcel reaches the customer.
    case delivered(order: Int32)
    /// A returned unit is back at the warehouse.
    case returned(order: Int32)
    /// A customer contacts care about an order.
    case contact(reason: Int32)
    /// An agent finishes a chat.
    case chatEnds(contact: Int32)
    /// A waiting customer's patience runs out; `visit` tells stale timers apart.
    case patienceEnds(contact: Int32, visit: UInt32)

    /// Work that ends (service, picking, chats, trucks, deliveries) first,
    /// then staff changes and waves, then expiries and patience, then
    /// arrivals of every kind (see `TieClass`).
    @inlinable public var tieClass: TieClass {
        switch self {
        case .orderTaken, .paymentProcessed, .workDone, .shipped, .delivered, .chatEnds:
            return .release
        case .staffChange, .wave:
            return .capacity
        case .holdEnds, .patienceEnds:
            return .abandonment
        case .channelVisitor, .appVisitor, .addToCart, .buyNow, .orderPlaced, .paymentSubmitted, .viewerJoins,
             .lookWalks, .returned, .contact:
            return .arrival
        }
    }
}
