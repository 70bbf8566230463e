/// Planners' number formatting. Rules (each has tests with hand-checked values):
///
/// - **Scale.** A value is shown in its unit's scale for its magnitude:
///   seconds as ms below 1 s, s below 1 min, min below 1 h, h below 48 h, then
///   d; counts and money with k (≥ 1,000), M (≥ 10⁶), B (≥ 10⁹); fractions ×100
///   with `%`; rates with thousands separators and `/s`. A value that rounds up
///   to the next scale's threshold is shown in that scale (59.97 s → `1 min`).
/// - **A single value** keeps 4 significant digits but at most one decimal,
///   and 2 significant digits below 1; trailing zeros are dropped
///   (300,140,000 → `300.1M`, 96,612 → `96.6k`, 812 → `812`, 0.2345 → `0.23`).
/// - **A value with an interval** is written as `mean [low, high]`, all three in
///   one scale (the mean's; for a difference, the largest of the three) and
///   rounded to one decimal place: the one at which the interval's half-width,
///   (high − low)/2, has two significant digits. That is enough to tell the ends
///   apart (they differ by at least 20 units of the last place) and no more; the
///   three share their significant digits whenever they share a magnitude, and
///   trailing zeros are kept so the three line up. At most 6 significant digits.
///   0.9712 [0.9588, 0.9836] as a fraction → `97.1% [95.9%, 98.4%]`.
/// - **A difference** has a sign (`+`, `−`) and, when the baseline is a finite
///   non-zero number, the relative change in parentheses, whole percent from
///   10% and one decimal below (`−43.9k (−45%)`); a fraction's difference is in
///   percentage points instead (`+1.2 pp`).
/// - **Not a number** (NaN, ±∞) is `—`.
extension PlannerUnit {
    /// What planners read for a value that is not a number.
    public static let notANumber = "\u{2014}"

    /// `x` (in the base unit: seconds, a fraction, RMB …) as planners write it:
    /// `37.4 h`, `96.6k`, `RMB 193.3M`, `97.2%`, `1,234/s`, or `—` for NaN.
    public func format(_ x: Double) -> String {
        guard x.isFinite else { return Self.notANumber }
        return single(x, plus: false)
    }

    /// A mean with its interval, all three to the precision the interval
    /// calls for (see the rules above). Ends that are not numbers give the
    /// mean alone and `—` for the ends; an interval of no width (every
    /// replication alike) shows its ends, `0 [0, 0]`, since `—` means "not a number".
    public func format(mean: Double, low: Double, high: Double) -> IntervalText {
        let dash = Self.notANumber
        guard mean.isFinite else { return IntervalText(value: dash, low: dash, high: dash) }
        guard low.isFinite, high.isFinite else { return IntervalText(value: format(mean), low: dash, high: dash) }
        guard high > low else { return IntervalText(value: format(mean), low: format(low), high: format(high)) }
        let largest = max(abs(mean), abs(low), abs(high))
        let (scale, exponent) = intervalPrecision(anchor: mean == 0 ? largest : abs(mean), low: low, high: high)
        return IntervalText(value: write(mean, scale: scale, exponent: exponent, strip: false, plus: false),
                            low: write(low, scale: scale, exponent: exponent, strip: false, plus: false),
                            high: write(high, scale: scale, exponent: exponent, strip: false, plus: false))
    }

    /// A difference from a baseline with its sign and relative change:
    /// `−43.9k (−45%)`, `+12.5 min (+30%)`; a fraction's in percentage points: `+1.2 pp`.
    public func formatDifference(_ difference: Double, baseline: Double) -> String {
        guard difference.isFinite else { return Self.notANumber }
        if self == .fraction {
            let points = difference * 100
            let e = points == 0 ? 0 : Self.singleValueExponent(points)
            return DecimalText.sign(points, exponent: e, plus: true) + DecimalText.digits(points, exponent: e, strip: true) + " pp"
        }
        let text = single(difference, plus: true)
        guard let relative = Self.relativeChange(difference, baseline: baseline) else { return text }
        return text + " (" + relative + ")"
    }

    /// A paired difference with its interval: the difference and its relative
    /// change, and the ends, all at the interval's precision
    /// (`−43.9k (−45%) [−45.0k, −42.8k]`; fractions in percentage points).
    public func formatDifference(_ difference: Double, low: Double, high: Double, baseline: Double) -> DifferenceText {
        let dash = Self.notANumber
        guard difference.isFinite else { return DifferenceText(difference: dash, relative: nil, low: dash, high: dash) }
        let relative = self == .fraction ? nil : Self.relativeChange(difference, baseline: baseline)
        guard low.isFinite, high.isFinite, high > low else {
            let alone = self == .fraction ? formatDifference(difference, baseline: baseline) : single(difference, plus: true)
            guard low.isFinite, high.isFinite else { return DifferenceText(difference: alone, relative: relative, low: dash, high: dash) }
            let end = { (x: Double) in self == .fraction ? formatDifference(x, baseline: baseline) : single(x, plus: true) }
            return DifferenceText(difference: alone, relative: relative, low: end(low), high: end(high))
        }
        let unit: PlannerUnit = self == .fraction ? .plain("pp") : self
        let factor = self == .fraction ? 100.0 : 1.0
        let largest = max(abs(difference), abs(low), abs(high)) * factor
        let (scale, exponent) = unit.intervalPrecision(anchor: largest, low: low * factor, high: high * factor)
        func text(_ x: Double) -> String { unit.write(x * factor, scale: scale, exponent: exponent, strip: false, plus: true) }
        return DifferenceText(difference: text(difference), relative: relative, low: text(low), high: text(high))
    }

    /// A relative change `difference / |baseline|` as a signed percentage,
    /// whole from 10% and with one decimal below; `nil` without a finite,
    /// non-zero baseline.
    public static func relativeChange(_ difference: Double, baseline: Double) -> String? {
        guard baseline.isFinite, baseline != 0, difference.isFinite else { return nil }
        let percent = difference / abs(baseline) * 100
        let exponent = DecimalText.rounded(abs(percent), exponent: -1) >= 10 ? 0 : -1
        return DecimalText.sign(percent, exponent: exponent, plus: true)
            + DecimalText.digits(percent, exponent: exponent, groupsThousands: true, strip: true) + "%"
    }

    // MARK: - Rules

    /// The decimal exponent a single value is rounded to (in its display scale):
    /// 4 significant digits but at most one decimal; 2 significant digits below 1.
    static func singleValueExponent(_ v: Double) -> Int {
        guard v != 0, v.isFinite else { return 0 }
        let d = DecimalText.decade(v)
        return abs(v) >= 1 ? max(d - 3, -1) : d - 1
    }

    /// The scale and decimal exponent for a value with an interval: the scale of
    /// `anchor` (a magnitude in the base unit), the exponent at which the
    /// half-width has two significant digits, at most 6 significant digits overall.
    func intervalPrecision(anchor: Double, low: Double, high: Double) -> (DisplayScale, Int) {
        var scale = DisplayScale.choose(for: self, magnitude: anchor)
        func exponent(_ scale: DisplayScale) -> Int {
            let half = (high - low) / 2 / scale.divisor
            let largest = max(anchor, abs(low), abs(high)) / scale.divisor
            let e = DecimalText.decade(half) - 1
            return largest > 0 ? max(e, DecimalText.decade(largest) - 5) : e
        }
        var e = exponent(scale)
        if let larger = roundsUp(anchor, scale: scale, exponent: e) {
            scale = larger
            e = exponent(scale)
        }
        return (scale, e)
    }

    /// A finite single value by the single-value rule, in the scale of its magnitude
    /// (zero in the unit's own scale: `0 s`, not `0 ms`).
    func single(_ x: Double, plus: Bool) -> String {
        var scale = DisplayScale.choose(for: self, magnitude: abs(x))
        if x == 0, let base = DisplayScale.ladder(for: self).first(where: { $0.scale.divisor == 1 }) { scale = base.scale }
        var exponent = Self.singleValueExponent(x / scale.divisor)
        if let larger = roundsUp(x, scale: scale, exponent: exponent) {
            scale = larger
            exponent = Self.singleValueExponent(x / scale.divisor)
        }
        return write(x, scale: scale, exponent: exponent, strip: true, plus: plus)
    }

    /// The next larger scale when `x` rounded in `scale` reaches that scale's threshold.
    func roundsUp(_ x: Double, scale: DisplayScale, exponent: Int) -> DisplayScale? {
        guard let from = scale.nextFrom,
              abs(DecimalText.rounded(x / scale.divisor, exponent: exponent)) * scale.divisor >= from else { return nil }
        return scale.larger(for: self)
    }

    /// Sign, prefix, digits and suffix of `x` in `scale`.
    func write(_ x: Double, scale: DisplayScale, exponent: Int, strip: Bool, plus: Bool) -> String {
        let v = x / scale.divisor
        return DecimalText.sign(v, exponent: exponent, plus: plus) + scale.prefix
            + DecimalText.digits(v, exponent: exponent, groupsThousands: scale.groupsThousands, strip: strip) + scale.suffix
    }
}

/// A value and its interval's ends, each written out (`97.1%`, `95.9%`, `98.4%`).
public struct IntervalText: Sendable, Equatable, CustomStringConvertible {
    /// The value, e.g. `97.1%`.
    public var value: String
    /// The interval's lower end, or `—` when it is not a number.
    public var low: String
    /// The interval's upper end.
    public var high: String

    /// The three texts as written.
    public init(value: String, low: String, high: String) {
        self.value = value
        self.low = low
        self.high = high
    }

    /// `value [low, high]`, or the value alone when the ends are not numbers.
    public var description: String {
        low == PlannerUnit.notANumber ? value : "\(value) [\(low), \(high)]"
    }
}

/// A difference from a baseline, its relative change and its interval's ends.
public struct DifferenceText: Sendable, Equatable, CustomStringConvertible {
    /// The difference, signed (`−43.9k`; percentage points for fractions).
    public var difference: String
    /// `−45%`; `nil` for fractions (shown in percentage points) or without a baseline.
    public var relative: String?
    /// The interval's lower end.
    public var low: String
    /// The interval's upper end.
    public var high: String

    /// The four texts as written.
    public init(difference: String, relative: String?, low: String, high: String) {
        self.difference = difference
        self.relative = relative
        self.low = low
        self.high = high
    }

    /// `−43.9k (−45%) [−45.0k, −42.8k]`.
    public var description: String {
        var text = difference
        if let relative { text += " (\(relative))" }
        if low != PlannerUnit.notANumber { text += " [\(low), \(high)]" }
        return text
    }
}
