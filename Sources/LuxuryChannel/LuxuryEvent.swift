/// The events of a luxury-channel replication.
public enum LuxuryEvent: Sendable {
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
    /// A viewer joins or leaves the live stream.
    case viewerJoins, viewerLeaves
    /// A look walks the runway.
    case lookWalks(look: Int32)
}
