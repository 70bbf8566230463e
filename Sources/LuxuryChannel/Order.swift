/// One order of one or more units, from checkout to the customer's door.
struct Order {
    /// Where an order is in its life.
    enum State: UInt8 {
        /// In order intake or payment; the units are held.
        case inCheckout
        /// Paid: the units are sold and the order goes to fulfilment.
        case paid
        /// Every payment attempt failed: the units went back on sale.
        case cancelled
        /// Unpaid when the payment window ended: the units went back on sale.
        case timedOut
        /// The shopper gave up waiting in a checkout queue: the units went back on sale.
        case abandoned
    }
    /// Where an order in checkout is.
    enum Step: UInt8 {
        /// Waiting for order intake, or being taken by it.
        case intakeQueue, intake
        /// The shopper is entering payment details (or has walked away).
        case paying
        /// Waiting for the payment processor, or being answered by it.
        case paymentQueue, processing
    }
    /// The demand attempt it came from (see `DemandAttempt`): its random
    /// numbers downstream — payment, warehouse work, carrier, lead time,
    /// returns, contacts — derive from it, so that every scenario gives the
    /// same order the same fate (common random numbers per entity).
    var entity: UInt64
    /// Its units' products (after substitution): lines `firstLine ..< firstLine + lineCount`.
    var firstLine: Int32
    var lineCount: UInt8
    /// Where the demand came from: browsing, the live show, or browsing brought by a show.
    var source: DemandSource
    var state: State = .inCheckout
    var step: Step = .intakeQueue
    /// Failed payment attempts so far.
    var attempts: UInt8 = 0
    /// Queues joined so far (tells a stale patience timer apart).
    var visit: UInt8 = 0
    /// Whether the payment attempt under way will succeed (drawn when it is submitted).
    var paymentSucceeds = false
    /// When the payment window ends, seconds (∞: never).
    var deadline = Double.infinity
    /// When it joined the queue it waits in now (order intake or payment processing), seconds.
    var queuedAt = 0.0
    /// Seconds spent queueing in checkout so far.
    var checkoutWait = 0.0
    /// When payment succeeded, seconds.
    var paidAt = 0.0
    /// When it reached the floor station it is at (for that station's service level), seconds.
    var stationArrival = 0.0
    /// When its truck left, and when it reached the door, seconds (∞: not yet).
    var shippedAt = Double.infinity
    var deliveredAt = Double.infinity
    /// Index of its warehouse, carrier and destination tier.
    var warehouse: Int16 = 0
    var carrier: Int16 = 0
    var tier: Int16 = 0
    /// Seconds of picking (every unit) and packing (the parcel) for this
    /// order, drawn when it is paid so that every scenario gives the same
    /// order the same work.
    var pickTime: Float = 0
    var packTime: Float = 0

    /// A new order of lines `firstLine ..< firstLine + lineCount` from demand attempt `entity`.
    init(entity: UInt64, firstLine: Int32, lineCount: UInt8, source: DemandSource) {
        self.entity = entity
        self.firstLine = firstLine
        self.lineCount = lineCount
        self.source = source
    }

    /// Bought from the live show (not while browsing).
    var live: Bool { source == .show }

    /// Its lines, as a range into the replication's lines.
    var lines: Range<Int> { Int(firstLine)..<Int(firstLine) + Int(lineCount) }
}
