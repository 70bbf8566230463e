/// A delivered unit coming back: received and checked at its warehouse's
/// pick station, then put back on sale or sent back to the brand.
struct ParcelReturn {
    /// The order it belonged to.
    var order: Int32
    /// Seconds of receiving work at the pick station.
    var pickTime: Float
}
