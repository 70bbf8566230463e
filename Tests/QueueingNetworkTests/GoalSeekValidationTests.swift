@testable import Experiments
import Foundation
import Testing

/// Goal seek against Erlang C: the smallest number of servers of an M/M/c
/// queue whose share delayed, or mean wait, meets a target is known exactly;
/// Runway's answer must be that number wherever the analytic values at c* and
/// c* − 1 lie clearly (at least 20%) on either side of the target — closer
/// than that, the answer may honestly take more replications than allowed.
@Suite("Goal seek finds the Erlang C staffing")
struct GoalSeekValidationTests {
    struct Case: Sendable, CustomStringConvertible {
        let lambda: Double
        let mu: Double
        /// `delayed_fraction` or `wait_mean`.
        let metric: String
        let target: Double
        let horizon: Double
        var description: String { "λ=\(lambda) μ=\(mu) \(metric) ≤ \(target)" }

        /// The analytic metric with `c` servers.
        func analytic(_ c: Int) -> Double {
            metric == "delayed_fraction" ? QueueingTheory.erlangC(servers: c, load: lambda / mu)
                                         : QueueingTheory.mmcWait(lambda: lambda, mu: mu, servers: c)
        }

        /// The smallest stable c that meets the target.
        var smallest: Int {
            var c = Int((lambda / mu).rounded(.down)) + 1
            while analytic(c) > target { c += 1 }
            return c
        }
    }

    static let cases = [
        Case(lambda: 8, mu: 1, metric: "delayed_fraction", target: 0.32, horizon: 2000),
        Case(lambda: 20, mu: 1, metric: "wait_mean", target: 0.1, horizon: 2000),
        Case(lambda: 4, mu: 0.5, metric: "wait_mean", target: 0.25, horizon: 4000),
        Case(lambda: 50, mu: 2, metric: "wait_mean", target: 0.02, horizon: 1000),
    ]

    /// The experiment of `c`: an M/M/c desk whose servers vary over 1…60.
    static func experiment(_ c: Case, in folder: String) -> String {
        let model = """
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {dist: exponential, rate: \(c.lambda)}
                service: {dist: exponential, rate: \(c.mu)}
                servers: 1
            """
        FileManager.default.createFile(atPath: folder + "/m.yaml", contents: Data(model.utf8))
        let experiment = """
            name: smallest-c
            model: m.yaml
            horizon: \(c.horizon)
            warmup: \(c.horizon / 10)
            replications: {min: 5, max: 80}
            seed: 11
            goal:
              vary:
                stations[desk].servers: {min: 1, max: 60}
              subject-to: [desk.\(c.metric) <= \(c.target)]
              confidence: 95%
            """
        let path = folder + "/e.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(experiment.utf8))
        return path
    }

    @Test("The answer is Erlang C's smallest c, and bisection spends less than the full grid", arguments: cases)
    func erlangC(_ c: Case) throws {
        let expected = c.smallest
        // Only cases where c* and c* − 1 are clearly apart from the target.
        #expect(c.analytic(expected) <= 0.8 * c.target && c.analytic(expected - 1) >= 1.2 * c.target,
                "\(c): analytic \(c.analytic(expected - 1)) at \(expected - 1), \(c.analytic(expected)) at \(expected)")
        let folder = NSTemporaryDirectory() + "runway-goal-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let plan = try ExperimentLoader.plan(path: Self.experiment(c, in: folder))
        var run = AnswerRun(plan: plan, folder: folder + "/results")
        run.jobs = 2
        guard case .goal(let answer) = try run.execute(stop: StopRequest()) else {
            Issue.record("no goal answer")
            return
        }
        let outcome = answer.outcomes[0]
        #expect(outcome.method == .bisection)
        let chosen = try #require(outcome.chosen)
        let servers = Int(plan.experiment.goal!.variables[0].values[chosen.indices[0]])
        #expect(servers == expected, "\(c): Runway \(servers), Erlang C \(expected)")

        // The full grid at the same precision: every value, each decided by the same sequential rule.
        var grid = GoalSearch(goal: plan.experiment.goal!, scenario: 0, scenarioName: "baseline",
                              factory: try ModelFactory(experiment: plan.experiment), rule: run.goalReplications,
                              catalogue: plan.variants[0].model.metricCatalogue)
        let evaluations = Evaluations(plan: plan, seriesBucket: nil, recordsFolder: nil, jobs: 2, stop: StopRequest())
        var gridRuns = 0
        var cheapest: Int?
        for i in plan.experiment.goal!.variables[0].values.indices {
            let p = try grid.evaluate([i], with: evaluations)
            gridRuns += p.replications
            if cheapest == nil && p.verdict == .holds { cheapest = i + 1 }
        }
        print("goal-seek validation \(c): Erlang C c* = \(expected) (analytic \(c.analytic(expected - 1)) at c*−1, "
              + "\(c.analytic(expected)) at c*); Runway \(servers); bisection \(outcome.points.count) points, "
              + "\(outcome.runs) replications; full grid 60 points, \(gridRuns) replications")
        #expect(cheapest == expected, "the grid's cheapest feasible point must be the answer too")
        #expect(outcome.runs * 3 <= gridRuns, "bisection \(outcome.runs) replications, grid \(gridRuns)")
    }
}
