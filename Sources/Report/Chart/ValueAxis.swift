/// A value axis in a planner's unit: nice ticks in the unit's display scale
/// (hours, k, %, …) so that labels read `0 h`, `10 h`, `20 h` rather than
/// seconds, and label text by the planner formatting of that unit.
public struct ValueAxis: Sendable, Equatable {
    /// The lower end, in the base unit (seconds, a fraction, …).
    public let low: Double
    /// The upper end, in the base unit.
    public let high: Double
    /// Tick positions in the base unit, with their labels.
    public let ticks: [Tick]

    /// A labelled tick.
    public struct Tick: Sendable, Equatable {
        /// Where it is, in the base unit.
        public let value: Double
        /// Its label in the display scale (`10 h`, `96.6k`, `97%`).
        public let label: String
    }

    /// Ticks at explicit `values` (for example a sweep's few points), labelled
    /// in one scale with the decimals the values need; the axis reaches 0.3 of
    /// the smallest gap beyond the outermost values, so end markers are whole.
    public init(unit: PlannerUnit, values: [Double]) {
        let sorted = Array(Set(values.filter(\.isFinite))).sorted()
        let gap = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min() ?? Swift.max(abs(sorted.first ?? 1), 1)
        low = (sorted.first ?? 0) - gap * 0.3
        high = (sorted.last ?? 1) + gap * 0.3
        let scale = DisplayScale.choose(for: unit, magnitude: sorted.map(abs).max() ?? 0)
        let exponent = (0..<7).map { -$0 }.first { e in
            sorted.allSatisfy { abs(DecimalText.rounded($0 / scale.divisor, exponent: e) - $0 / scale.divisor) < 1e-9 * Swift.max(1, abs($0)) }
        } ?? -6
        ticks = sorted.map { Tick(value: $0, label: Self.label($0, unit: unit, scale: scale, exponent: exponent)) }
    }

    /// A tick's label: every tick with the step's decimals, in one scale, except
    /// that zero on a count or money axis reads `0` (not `0k`).
    static func label(_ value: Double, unit: PlannerUnit, scale: DisplayScale, exponent: Int) -> String {
        switch unit {
        case .count, .money: if value == 0 { return unit.format(0) }
        default: break
        }
        return unit.write(value, scale: scale, exponent: Swift.min(exponent, 0), strip: false, plus: false)
    }

    /// An axis covering `minimum`…`maximum` (base unit) with about `ticks` ticks;
    /// with `includingZero`, zero is in range too.
    /// Unless `differences` (an axis of changes, which may be negative), the
    /// axis never reaches past the values the unit can take (a share's axis ends at 100%).
    public init(unit: PlannerUnit, minimum: Double, maximum: Double, ticks count: Int = 5, includingZero: Bool = false,
                differences: Bool = false) {
        var lo = minimum.isFinite ? minimum : 0
        var hi = maximum.isFinite ? maximum : lo
        if includingZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        if !differences { (lo, hi) = (unit.clipped(lo), unit.clipped(hi)) }
        let scale = DisplayScale.choose(for: unit, magnitude: Swift.max(abs(lo), abs(hi)))
        let nice = NiceScale(minimum: lo / scale.divisor, maximum: hi / scale.divisor, ticks: count)
        let range = differences ? (lower: -Double.infinity, upper: Double.infinity) : unit.valueRange
        low = Swift.max(nice.low * scale.divisor, range.lower)
        high = Swift.min(nice.high * scale.divisor, range.upper)
        ticks = nice.ticks.filter { $0 * scale.divisor >= range.lower && $0 * scale.divisor <= range.upper }.map { t in
            Tick(value: t * scale.divisor, label: Self.label(t * scale.divisor, unit: unit, scale: scale, exponent: nice.exponent))
        }
    }
}
