/// A value axis in a planner's unit: nice ticks in the unit's display scale
/// (hours, k, %, …) so that labels read `0 h`, `10 h`, `20 h` rather than
/// seconds, and label text by the planner formatting of that unit.
public struct ValueAxis: Sendable, Equatable {
    /// Axis ends in the base unit (seconds, a fraction, …).
    public let low: Double
    public let high: Double
    /// Tick positions in the base unit, with their labels.
    public let ticks: [Tick]

    public struct Tick: Sendable, Equatable {
        public let value: Double
        public let label: String
    }

    /// An axis covering `minimum`…`maximum` (base unit) with about `ticks` ticks;
    /// with `includingZero`, zero is in range too.
    public init(unit: PlannerUnit, minimum: Double, maximum: Double, ticks count: Int = 5, includingZero: Bool = false) {
        var lo = minimum.isFinite ? minimum : 0
        var hi = maximum.isFinite ? maximum : lo
        if includingZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        let scale = DisplayScale.choose(for: unit, magnitude: Swift.max(abs(lo), abs(hi)))
        let nice = NiceScale(minimum: lo / scale.divisor, maximum: hi / scale.divisor, ticks: count)
        low = nice.low * scale.divisor
        high = nice.high * scale.divisor
        ticks = nice.ticks.map { t in
            Tick(value: t * scale.divisor,
                 label: unit.write(t * scale.divisor, scale: scale, exponent: Swift.min(nice.exponent, 0), strip: false, plus: false))
        }
    }
}
