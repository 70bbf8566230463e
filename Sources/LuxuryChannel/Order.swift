/// One order of one unit, from checkout to the customer's door.
struct Order {
    /// Where an order is in its life.
    enum State: UInt8 {
        /// In order intake or payment; the unit is held.
        case inCheckout
        /// Paid: the unit is sold and the order goes to fulfilment.
        case paid
        /// Every payment attempt failed: the unit went back on sale.
        case cancelled
    }
    /// The demand attempt it came from (see `DemandAttempt`): its random
    /// numbers downstream — payment, warehouse work, carrier, lead time,
    /// return, contacts — derive from it, so that every scenario gives the
    /// same order the same fate (common random numbers per entity).
    var entity: UInt64
    /// The product sold (after substitution).
    var product: Int32
    /// Bought from the live show (not while browsing).
    var live: Bool
    var state: State = .inCheckout
    /// Failed payment attempts so far.
    var attempts: UInt8 = 0
    /// Whether the payment attempt under way will succeed (drawn when it is submitted).
    var paymentSucceeds = false
    /// When it joined the queue it waits in now (order intake or payment processing), seconds.
    var queuedAt = 0.0
    /// Seconds spent queueing in checkout so far.
    var checkoutWait = 0.0
    /// When payment succeeded, seconds.
    var paidAt = 0.0
    /// When its truck left, and when it reached the door, seconds (∞: not yet).
    var shippedAt = Double.infinity
    var deliveredAt = Double.infinity
    /// Index of its warehouse, carrier and destination tier.
    var warehouse: Int16 = 0
    var carrier: Int16 = 0
    var tier: Int16 = 0
    /// Seconds of picking and packing work for this order, drawn when it is
    /// paid so that every scenario gives the same order the same work.
    var pickTime: Float = 0
    var packTime: Float = 0

    /// A new order of `product` from demand attempt `entity`.
    init(entity: UInt64, product: Int32, live: Bool) {
        self.entity = entity
        self.product = product
        self.live = live
    }
}
