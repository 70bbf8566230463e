/// The most events in any one-second window aligned to whole seconds
/// (orders per second at the peak). Events arrive in time order.
struct PeakRate {
    private var second = Int.min
    private var count = 0
    private(set) var peak = 0

    mutating func record(at t: Double) {
        let s = Int(t.rounded(.down))
        if s != second {
            second = s
            count = 0
        }
        count += 1
        if count > peak { peak = count }
    }
}
