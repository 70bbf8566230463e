import Foundation
import SimulationKernel
import Testing

/// The exponential is drawn by a ziggurat of our own (faster than GSL's
/// inversion), so it is checked against the exact law, not just its moments.
@Suite("Exponential sampler")
struct ExponentialSamplerTests {
    /// Kolmogorov–Smirnov against F(x) = 1 − e^(−x) over 500,000 draws: the
    /// statistic must stay below the 0.1% critical value 1.949/√n.
    @Test("Kolmogorov–Smirnov against the exact CDF")
    func kolmogorovSmirnov() {
        let stream = RandomStream(seed: 77)
        let n = 500_000
        var xs = (0..<n).map { _ in stream.exponential(mean: 1) }
        xs.sort()
        var d = 0.0
        for (i, x) in xs.enumerated() {
            let f = -expm1(-x)
            d = max(d, abs(f - Double(i) / Double(n)), abs(Double(i + 1) / Double(n) - f))
        }
        #expect(d < 1.949 / Double(n).squareRoot(), "KS statistic \(d)")
    }

    /// The tail beyond the ziggurat's base (x > 7.697) and the wedge regions
    /// are the method's delicate parts: counts in bins [0,0.5), …, [7,7.697),
    /// [7.697, 9), [9, ∞) over 4·10⁶ draws must pass a chi-square test at 0.1%.
    @Test("Chi-square over bins including the tail")
    func tailBins() {
        let stream = RandomStream(seed: 78)
        var edges = stride(from: 0.0, through: 7.0, by: 0.5).map { $0 }
        edges += [7.69711747013104972, 9, .infinity]
        var counts = Array(repeating: 0.0, count: edges.count - 1)
        let n = 4_000_000
        for _ in 0..<n {
            let x = stream.exponential(mean: 1)
            var k = 0
            while x >= edges[k + 1] { k += 1 }
            counts[k] += 1
        }
        var chi2 = 0.0
        for k in counts.indices {
            let p = exp(-edges[k]) - (edges[k + 1].isFinite ? exp(-edges[k + 1]) : 0)
            let expected = p * Double(n)
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected
        }
        // 17 bins → 16 degrees of freedom; χ²₁₆ at 0.1% is 39.25.
        #expect(chi2 < 39.25, "chi-square \(chi2)")
    }
}
