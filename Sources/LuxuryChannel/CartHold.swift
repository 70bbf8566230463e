/// Units held in a shopper's cart: held until the shopper orders them or the
/// hold window ends.
struct CartHold {
    /// Where a cart hold is in its life.
    enum State: UInt8 {
        /// The units are held in the cart.
        case held
        /// The shopper ordered them: the units passed to an order.
        case ordered
        /// The hold window ended first: the units went back on sale.
        case expired
    }
    /// The demand attempt that put them in the cart (see `DemandAttempt`).
    var entity: UInt64
    /// The products held (after substitution): lines `firstLine ..< firstLine + lineCount` of the replication's lines.
    var firstLine: Int32
    var lineCount: UInt8
    /// Where the attempt came from (browsing, or browsing brought by a show).
    var source: DemandSource
    var state: State = .held
}
