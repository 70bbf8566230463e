/// A unit held in a shopper's cart: held until the shopper orders it or the
/// hold window ends.
struct CartHold {
    /// Where a cart hold is in its life.
    enum State: UInt8 {
        /// The unit is held in the cart.
        case held
        /// The shopper ordered it: the unit passed to an order.
        case ordered
        /// The hold window ended first: the unit went back on sale.
        case expired
    }
    /// The demand attempt that put it in the cart (see `DemandAttempt`).
    var entity: UInt64
    /// The product held (after substitution).
    var product: Int32
    var state: State = .held
}
