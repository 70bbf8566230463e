import SimulationKernel

/// The events of a luxury-channel replication.
public enum LuxuryEvent: Sendable, TimedEvent {
    /// The next channel visitor of a segment arrives (thinned app traffic).
    case channelVisitor(segment: Int32)
    /// The next app visitor arrives (`visitor-level: true` only).
    case appVisitor
    /// A shopper adds a product to the cart; `attempt` numbers the attempt
    /// among those of its source, `orders` says whether the cart will be ordered.
    case addToCart(product: Int32, attempt: UInt32, orders: Bool, source: DemandSource)
    /// A shopper buys a product at once, from browsing or the show;
    /// `attempt` numbers the attempt among those of its source.
    case buyNow(product: Int32, attempt: UInt32, source: DemandSource)
    /// A viewer of show `show` decides to visit the channel (thinned joins).
    case showVisitorArrives(show: Int32)
    /// That viewer's visit to the channel begins, browsing like segment `segment`.
    case showVisit(segment: Int32)
    /// A viewer of show `show` gets in touch with care (thinned joins).
    case viewerContact(show: Int32)
    /// A cart's hold window ends.
    case holdEnds(cart: Int32)
    /// A cart turns into an order.
    case orderPlaced(cart: Int32)
    /// The order service has taken an order.
    case orderTaken(order: Int32)
    /// The shopper has entered payment details; the payment goes to processing.
    case paymentSubmitted(order: Int32)
    /// The payment processor has answered.
    case paymentProcessed(order: Int32)
    /// The order's payment window ends: released if still unpaid.
    case paymentWindowEnds(order: Int32)
    /// A shopper waiting in a checkout queue gives up; `visit` tells stale timers apart.
    case checkoutGivesUp(order: Int32, visit: UInt8)
    /// A viewer joins a show's live stream (leaving is not an event: see `LiveAudience`).
    case viewerJoins(show: Int32)
    /// A look walks the runway (looks numbered across shows).
    case lookWalks(look: Int32)
    /// A station's staff changes (shift or outage) to its `change`-th planned value.
    case staffChange(station: StaffedPost, change: Int32)
    /// A wave releases the waiting orders to picking.
    case wave
    /// A floor station finishes picking or packing an order, or receiving a return.
    case workDone(station: FloorStation, work: FloorWork)
    /// The order leaves on its carrier's truck.
    case shipped(order: Int32)
    /// The parcel reaches the customer.
    case delivered(order: Int32)
    /// A returned unit is back at the warehouse (by its index among the replication's returns).
    case returned(return: Int32)
    /// The horizon: demand stops; utilisations over the horizon are read.
    case horizon
    /// A customer gets in touch with care (the contact's index at the desk).
    case contact(contact: Int32)
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
        case .staffChange, .wave, .horizon:
            return .capacity
        case .holdEnds, .patienceEnds, .paymentWindowEnds, .checkoutGivesUp:
            return .abandonment
        case .channelVisitor, .appVisitor, .addToCart, .buyNow, .orderPlaced, .paymentSubmitted, .viewerJoins,
             .lookWalks, .returned, .contact, .showVisitorArrives, .showVisit, .viewerContact:
            return .arrival
        }
    }
}
