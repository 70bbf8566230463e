import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// Holding stock, paying, and the throughput limits of checkout.
    public struct Checkout: Sendable {
        /// Seconds a cart holds its units before the reservation expires.
        public var hold: Double
        /// Seconds from add-to-cart to order, for carts that order (those taking longer than the hold expire).
        public var timeToOrder: Distribution
        /// Units in one order (a cart or a buy-now): draws rounded to a whole
        /// number, at least 1; the extra units come from the same stock pool.
        public var unitsPerOrder: Distribution
        /// Probability (0–1) that one payment attempt succeeds.
        public var paymentSuccess: Double
        /// Further attempts after a failed payment before the order is cancelled.
        public var paymentRetries: Int
        /// Seconds a shopper takes to submit a payment, per attempt.
        public var paymentTime: Distribution
        /// Share (0–1) of orders whose shopper never pays: they hold their
        /// units until the payment window ends.
        public var paymentAbandonment: Double
        /// Seconds from placing an order to releasing it unpaid (∞: never).
        public var paymentWindow: Double
        /// Seconds a shopper waits in the order-intake or payment queue
        /// before giving up (nil: for ever).
        public var patience: Distribution?
        /// Orders per second the order service takes at most.
        public var ordersPerSecond: Double
        /// Payments per second the payment processor answers at most.
        public var paymentsPerSecond: Double
    }
}
