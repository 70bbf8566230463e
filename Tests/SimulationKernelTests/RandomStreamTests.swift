import SimulationKernel
import Testing

@Suite("Random streams")
struct RandomStreamTests {
    @Test("The same seed, replication and name give the same numbers")
    func reproducible() {
        let a = StreamSeeds(seed: 9, replication: 3).stream("service.desk")
        let b = StreamSeeds(seed: 9, replication: 3).stream("service.desk")
        for _ in 0..<1000 { #expect(a.uniform() == b.uniform()) }
    }

    @Test("Different names, replications or seeds give different streams")
    func independentSeeds() {
        let base = StreamSeeds(seed: 9, replication: 3)
        var seen = Set<UInt64>()
        for name in ["arrivals", "service", "patience", "routing", "arrivals.desk", "arrivals.desl"] {
            seen.insert(base.seed(for: name))
            seen.insert(StreamSeeds(seed: 9, replication: 4).seed(for: name))
            seen.insert(StreamSeeds(seed: 10, replication: 3).seed(for: name))
        }
        #expect(seen.count == 18)
    }

    /// Uniforms must be uniform: a chi-square test over 20 cells at the 0.1%
    /// level (critical value χ²₁₉ = 43.8), and a lag-1 correlation near 0.
    @Test("Uniform numbers pass a chi-square and a serial-correlation check")
    func uniformity() {
        let s = RandomStream(seed: 123)
        let n = 200_000
        var cells = Array(repeating: 0.0, count: 20)
        var previous = s.uniform()
        var lagProduct = 0.0
        for _ in 0..<n {
            let u = s.uniform()
            #expect(u >= 0 && u < 1)
            cells[Int(u * 20)] += 1
            lagProduct += (u - 0.5) * (previous - 0.5)
            previous = u
        }
        let expected = Double(n) / 20
        let chi2 = cells.reduce(0) { $0 + ($1 - expected) * ($1 - expected) / expected }
        #expect(chi2 < 43.8)
        // Correlation estimate has sd ≈ 1/√n; allow 4 sd.
        let correlation = lagProduct / Double(n) / (1.0 / 12)
        #expect(abs(correlation) < 4 / Double(n).squareRoot())
    }
}
