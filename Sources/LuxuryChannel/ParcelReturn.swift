/// A delivered unit coming back: received and checked at its warehouse's
/// pick station, then put back on sale or sent back to the brand.
struct ParcelReturn {
    /// The order it belonged to, and its line in that order.
    var order: Int32
    var line: UInt8
    /// Seconds of receiving work at the pick station (drawn when it arrives).
    var pickTime: Float = 0
    /// When it reached the pick station, seconds.
    var stationArrival = 0.0
}
