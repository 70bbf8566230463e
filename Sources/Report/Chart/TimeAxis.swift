/// A time axis over model seconds. With a wall clock, ticks fall on round
/// local times (every 1, 5, 15 or 30 minutes, 1, 2, 3, 6 or 12 hours, or days),
/// labelled `HH:MM` with the day (`Mon 7 Aug`) under the first tick and under
/// each tick where the day changes. Without one, ticks are nice elapsed times
/// labelled in planners' duration units (`0 h`, `12 h`).
public struct TimeAxis: Sendable, Equatable {
    /// The axis's start, in model seconds.
    public let low: Double
    /// The axis's end, in model seconds (at least a second after `low`).
    public let high: Double
    /// The ticks, earliest first.
    public let ticks: [Tick]

    /// A labelled tick.
    public struct Tick: Sendable, Equatable {
        /// Model seconds.
        public let value: Double
        /// `HH:MM` on a wall clock, else an elapsed time (`12 h`).
        public let label: String
        /// The day under the time, when it is new at this tick.
        public let dayLabel: String?
    }

    /// Tick spacings offered on a wall clock, in seconds.
    static let clockSteps: [Double] = [60, 300, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800]

    /// An axis over exactly `minimum`…`maximum` (model seconds) with at most
    /// `maximumTicks` ticks.
    public init(minimum: Double, maximum: Double, clock: WallClock?, maximumTicks: Int = 8) {
        low = minimum
        high = Swift.max(maximum, minimum + 1)
        guard let clock else {
            let axis = ValueAxis(unit: .seconds, minimum: low, maximum: high, ticks: Swift.max(maximumTicks - 2, 2))
            let (lo, hi) = (low, high)
            ticks = axis.ticks.filter { $0.value >= lo - 1e-9 && $0.value <= hi + 1e-9 }
                .map { Tick(value: $0.value, label: $0.label, dayLabel: nil) }
            return
        }
        let span = high - low
        let step = Self.clockSteps.first { span / $0 <= Double(maximumTicks) } ?? 604_800
        let midnight = clock.localMidnight(atOrBefore: low)
        var t = midnight + ((low - midnight) / step).rounded(.up) * step
        var result: [Tick] = []
        var lastDay: String?
        while t <= high + 1e-9 {
            let local = clock.local(at: t)
            let day = local.dayText
            result.append(Tick(value: t, label: local.clockText, dayLabel: day == lastDay ? nil : day))
            lastDay = day
            t += step
        }
        ticks = result
    }
}
