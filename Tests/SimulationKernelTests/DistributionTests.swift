import SimulationKernel
import Testing

@Suite("Distributions")
struct DistributionTests {
    static let cases: [(String, Distribution)] = [
        ("deterministic", try! .deterministic(3)),
        ("exponential", try! .exponential(mean: 2)),
        ("uniform", try! .uniform(min: 1, max: 4)),
        ("triangular", try! .triangular(min: 1, mode: 2, max: 6)),
        ("normal", try! .normal(mean: 5, sd: 2)),
        ("normal truncated hard", try! .normal(mean: 0.5, sd: 2)),
        ("lognormal", try! .lognormal(mean: 4, cv: 0.5)),
        ("gamma", try! .gamma(mean: 3, cv: 0.7)),
        ("erlang", try! .erlang(mean: 3, k: 4)),
        ("weibull", try! .weibull(shape: 1.5, scale: 2)),
        ("empirical", try! .empirical(values: [1, 2, 5], weights: [1, 2, 1])),
    ]

    /// The sample mean and variance of 400,000 draws must match the
    /// distribution's analytic moments: the mean within 4 standard errors,
    /// the variance within 4% (its standard error is ≤ 1% for these shapes).
    @Test("Sample moments match the analytic mean and variance", arguments: 0..<cases.count)
    func moments(index: Int) {
        let (name, d) = Self.cases[index]
        let s = StreamSeeds(seed: 1, replication: 0).stream(name)
        var tally = Tally()
        for _ in 0..<400_000 {
            let x = d.sample(using: s)
            #expect(x >= 0, "\(name) drew a negative value")
            tally.record(x)
        }
        let standardError = (d.variance / 400_000).squareRoot()
        #expect(abs(tally.mean - d.mean) <= 4 * standardError + 1e-12, "\(name): mean \(tally.mean) vs \(d.mean)")
        #expect(abs(tally.variance - d.variance) <= 0.04 * d.variance + 1e-12, "\(name): variance \(tally.variance) vs \(d.variance)")
    }

    @Test("Analytic moments of the planner parameters")
    func plannerParameters() throws {
        #expect(abs(try Distribution.lognormal(mean: 4, cv: 0.5).mean - 4) < 1e-12)
        #expect(abs(try Distribution.lognormal(mean: 4, cv: 0.5).variance - 4) < 1e-12)
        #expect(abs(try Distribution.gamma(mean: 3, cv: 0.5).variance - 2.25) < 1e-12)
        #expect(abs(try Distribution.erlang(mean: 3, k: 3).variance - 3) < 1e-12)
    }

    @Test("Bad parameters are refused with the parameter's name")
    func badParameters() {
        #expect(throws: DistributionError.self) { try Distribution.exponential(mean: 0) }
        #expect(throws: DistributionError.self) { try Distribution.uniform(min: 3, max: 1) }
        #expect(throws: DistributionError.self) { try Distribution.triangular(min: 0, mode: 5, max: 4) }
        #expect(throws: DistributionError.self) { try Distribution.empirical(values: [1], weights: [0]) }
        do {
            _ = try Distribution.lognormal(mean: 1, cv: -1)
        } catch let e as DistributionError {
            #expect(e.parameter == "cv")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
