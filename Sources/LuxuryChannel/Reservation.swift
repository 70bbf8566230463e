/// A unit held for a shopper, from cart or buy-now to payment or release.
struct Reservation {
    enum State: UInt8 { case held, ordered, paid, expired, cancelled, returning, returned }
    var product: Int32
    var state: State
    var live: Bool
    var attempts: UInt8 = 0
    /// When it joined the queue it waits in now (order intake or payment processing).
    var queuedAt = 0.0
    /// Time spent queueing in checkout so far.
    var checkoutWait = 0.0
    /// When payment succeeded.
    var paidAt = 0.0
    var warehouse: Int16 = 0
    var carrier: Int16 = 0
    var tier: Int16 = 0
    /// Picking and packing work for this order, drawn when it is paid so that
    /// every scenario gives the same order the same work (common random numbers).
    var pickTime: Float = 0
    var packTime: Float = 0
}
