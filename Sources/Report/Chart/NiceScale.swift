import Foundation

/// "Nice" axis ticks by Paul S. Heckbert's algorithm ("Nice Numbers for Graph
/// Labels", Graphics Gems, Academic Press, 1990, pp. 61–63): the tick spacing
/// is 1, 2, 5 or 10 times a power of ten, and the axis runs from the multiple
/// of the spacing at or below the data's minimum to the one at or above its
/// maximum ("loose" labelling).
public struct NiceScale: Sendable, Equatable {
    /// The lower end, a multiple of `step` at or below the minimum, in the units given.
    public let low: Double
    /// The upper end, a multiple of `step` at or above the maximum, in the same units.
    public let high: Double
    /// Tick spacing: 1, 2 or 5 × 10^`exponent`.
    public let step: Double
    /// The power of ten of `step`, so ticks need max(0, −exponent) decimals.
    public let exponent: Int

    /// About `ticks` ticks (at least 2) covering [`minimum`, `maximum`]. An
    /// empty range is widened (by 1 around zero, else by 10% of the value).
    public init(minimum: Double, maximum: Double, ticks: Int = 5) {
        var lo = Swift.min(minimum, maximum)
        var hi = Swift.max(minimum, maximum)
        if !lo.isFinite || !hi.isFinite { (lo, hi) = (0, 1) }
        if hi - lo <= abs(hi) * 1e-12 {
            let pad = hi == 0 ? 1 : abs(hi) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        let range = Self.niceNumber(hi - lo, round: false)
        let step = Self.niceNumber(range / Double(Swift.max(ticks - 1, 1)), round: true)
        self.step = step
        exponent = DecimalText.decade(step)
        low = (lo / step).rounded(.down) * step
        high = (hi / step).rounded(.up) * step
    }

    /// The tick values from `low` to `high`.
    public var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...count).map { DecimalText.rounded(low + Double($0) * step, exponent: exponent) }
    }

    /// Heckbert's nicenum: a number of the form 1, 2, 5 or 10 × 10^k near `x`
    /// (rounded to the nearest when `round`, else the smallest not below `x`).
    public static func niceNumber(_ x: Double, round: Bool) -> Double {
        let e = DecimalText.decade(x)
        let f = x / pow(10, Double(e))
        let nice: Double
        if round {
            nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
        } else {
            nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        }
        return nice * pow(10, Double(e))
    }
}
