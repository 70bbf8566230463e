@testable import Experiments
import Foundation
import Testing

/// Staffing of an Mt/M/st+M station against the time-stable performance
/// that Feldman, Mandelbaum, Massey & Whitt (2008) report for their
/// iterative staffing algorithm: with the arrival rate a sinusoid of
/// amplitude 40% of its mean (a piecewise-constant approximation, 24 pieces
/// a cycle), exponential service and patience, the share of arrivals delayed
/// in each interval stays close to the target across the whole cycle, peak
/// and trough alike, although the offered load more than doubles.
@Suite("Iterative staffing keeps the delay probability stable")
struct IterativeStaffingValidationTests {
    /// λ(t) = 1000 (1 + 0.4 sin(2πt/24)) per time unit at each piece's middle;
    /// service mean 0.1 (offered load 60–140 servers), patience mean 0.2.
    static func model(in folder: String) {
        var pieces: [String] = []
        for i in 0..<24 {
            let phase: Double = 2 * Double.pi * (Double(i) + 0.5) / 24
            pieces.append(String(format: "%.3f", 1000 * (1 + 0.4 * sin(phase))))
        }
        let rates = pieces.joined(separator: ", ")
        let model = """
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [\(rates)], every: 1, repeat: true}
                service: {dist: exponential, mean: 0.1}
                patience: {dist: exponential, mean: 0.2}
                service-level-target: 0.02
                servers: 100
            """
        FileManager.default.createFile(atPath: folder + "/mt.yaml", contents: Data(model.utf8))
    }

    static func staff(target: String, in folder: String) throws -> (RunPlan, StaffingAnswer) {
        let experiment = """
            name: mt-staffing
            model: mt.yaml
            horizon: 24
            replications: 60
            seed: 5
            staffing:
              pool: stations[desk]
              interval: 1
              target: \(target)
              range: {min: 1, max: 200}
            """
        let path = folder + "/e.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(experiment.utf8))
        let plan = try ExperimentLoader.plan(path: path)
        var run = AnswerRun(plan: plan, folder: folder + "/results-\(UUID().uuidString)")
        run.jobs = 2
        guard case .staffing(let answer) = try run.execute(stop: StopRequest()) else { throw CancellationError() }
        return (plan, answer)
    }

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "runway-isa-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        model(in: folder)
        return folder
    }

    /// The band: the plan never lets an interval's mean exceed the target
    /// (verification adds staff where it would), and whole servers cannot do
    /// better than Erlang C's step between s − 1 and s near the target — about
    /// 0.03–0.045 at offered loads of 60–140 with α = 0.2 — so with the noise of
    /// the snapshots' quantile (60 replications × 6 snapshots an interval) every
    /// interval lies in [α − 0.08, α]. The ISA fixed point itself (before
    /// verification) lies within [α − 0.08, α + 0.03].
    @Test("Every interval's delay probability stays in [α − 0.08, α] across the cycle")
    func delayProbabilityBand() throws {
        let folder = try Self.folder()
        let alpha = 0.2
        let (_, answer) = try Self.staff(target: "{delayed-fraction: 20%}", in: folder)
        let o = answer.outcomes[0]
        let means = (0..<answer.setup.intervals).map { o.figures.summary($0).mean }
        print("ISA validation: staff \(o.plan.staff); delayed \(means.map { String(format: "%.3f", $0) }); "
              + "ISA fixed point \(o.converged) after \(o.iterations), verification added \(o.added); "
              + "offered load \(o.offeredLoad.map { String(format: "%.0f", $0) })")
        for (j, m) in means.enumerated() {
            #expect(m >= alpha - 0.08 && m <= alpha, "interval \(j): delayed \(m)")
        }
        // Time-varying staff follows the load: the peak interval gets more than twice the trough's staff... minus the square-root margin.
        #expect(o.plan.staff.max()! > o.plan.staff.min()! + 50)
        // The ISA plan alone.
        let isa = try figures(of: o.isaPlan, answer: answer, folder: folder)
        let isaMeans = (0..<answer.setup.intervals).map { isa.summary($0).mean }
        print("ISA fixed point: staff \(o.isaPlan.staff); delayed \(isaMeans.map { String(format: "%.3f", $0) })")
        for (j, m) in isaMeans.enumerated() {
            #expect(m >= alpha - 0.08 && m <= alpha + 0.03, "ISA interval \(j): delayed \(m)")
        }
        // Staff-hours below the best constant staffing.
        let constant = try #require(o.constant)
        #expect(o.plan.staffHours(end: 24) < answer.setup.constantPlan(constant).staffHours(end: 24))
    }

    /// A service-level target (80% answered within 0.02, a fifth of a mean
    /// service): every interval meets it with the plan, and the plan is lean —
    /// removing one server from any interval makes that interval miss the
    /// target, or leaves it within the precision of the estimate (its 95%
    /// interval reaches below the target).
    @Test("A service-level plan meets the target in every interval and none can lose a server")
    func serviceLevelPlanIsLean() throws {
        let folder = try Self.folder()
        let (_, answer) = try Self.staff(target: "{service-level: 80%, within: 0.02}", in: folder)
        let o = answer.outcomes[0]
        #expect(o.figures.failing.isEmpty)
        print("ISA service level: staff \(o.plan.staff); ISA \(o.isaPlan.staff); removed \(o.removed), added \(o.added); "
              + "level \((0..<24).map { String(format: "%.3f", o.figures.summary($0).mean) })")
        var loose: [Int] = []
        for j in 0..<answer.setup.intervals where o.plan.staff[j] > 1 {
            var fewer = o.plan
            fewer.staff[j] -= 1
            let f = try figures(of: fewer, answer: answer, folder: folder)
            let broken = !f.meets(j) || f.summary(j).interval95(in: .unitInterval).low < 0.8
            if !broken { loose.append(j) }
        }
        #expect(loose.isEmpty, "intervals that could lose a server: \(loose)")
    }

    /// The figures of `plan` simulated with the experiment's replications.
    func figures(of plan: StaffingPlan, answer: StaffingAnswer, folder: String) throws -> IntervalFigures {
        let setup = answer.setup
        let loaded = try ExperimentLoader.plan(path: folder + "/e.yaml")
        let factory = try ModelFactory(experiment: loaded.experiment)
        let candidate = try Candidate(scenario: 0, scenarioName: "baseline", overrides: setup.overrides(for: plan),
                                      label: "check", factory: factory)
        let evaluations = Evaluations(plan: loaded, seriesBucket: setup.spec.snapshot, recordsFolder: nil, jobs: 2,
                                      stop: StopRequest())
        return IntervalFigures(try evaluations.observations(of: [candidate], replications: loaded.experiment.replications)[0],
                               setup: setup)
    }
}
