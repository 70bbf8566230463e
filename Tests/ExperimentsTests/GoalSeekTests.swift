@testable import Experiments
import Foundation
import ModelSpec
import Synchronization
import Testing

/// Goal seek's search, outputs, interruption and shards, on help-desk models
/// whose answers queueing theory knows.
@Suite("Goal seek")
struct GoalSeekTests {
    /// Two independent M/M/c desks (λ = 8, μ = 1 and λ = 4, μ = 1), servers
    /// 1…16 each, each desk's share delayed ≤ 25%. Erlang C: desk a needs 11
    /// (C = 0.245; 10 gives 0.409), desk b needs 7 (C = 0.160; 6 gives 0.285).
    /// Costs 1 and 2 per server: the cheapest feasible point is (11, 7), cost 25.
    static let twoDesks = """
        kind: queueing-network
        stations:
          - {name: a, arrivals: {dist: exponential, rate: 8}, service: {dist: exponential, mean: 1}, servers: 1}
          - {name: b, arrivals: {dist: exponential, rate: 4}, service: {dist: exponential, mean: 1}, servers: 8}
        """

    static func goalFile(_ folder: String, vary: String, subjectTo: String, extra: String = "") -> String {
        write(twoDesks, to: "m.yaml", in: folder)
        return write("""
            name: g
            model: m.yaml
            horizon: 1500
            warmup: 150
            replications: {min: 5, max: 40}
            seed: 3
            goal:
              vary:
            \(vary)
              subject-to: \(subjectTo)
            \(extra)
            """, to: "g.yaml", in: folder)
    }

    static let bothDesks = """
            stations[a].servers: {min: 1, max: 16}
            stations[b].servers: {min: 1, max: 16}
        """

    /// Two variables: each desk's constraint is declared monotone in its own
    /// servers but not in the other desk's, so the search may not rely on
    /// monotonicity. With the grid (256 points) above the scan limit, a coarse
    /// grid (10 × 10, in order of cost) finds (11, 8) first and the pattern
    /// search from it must land on (11, 7); its runner-up must cost more;
    /// every point it visits is in goal.csv.
    @Test("A coarse grid and a pattern search over two desks find each desk's Erlang C staffing")
    func patternSearch() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: Self.bothDesks,
                                 subjectTo: "[a.delayed_fraction <= 25%, b.delayed_fraction <= 25%]",
                                 extra: "  cost:\n    stations[b].servers: 2")
        let plan = try ExperimentLoader.plan(path: path)
        var run = AnswerRun(plan: plan, folder: folder + "/results")
        run.jobs = 2
        run.scanLimit = 100
        guard case .goal(let answer) = try run.execute(stop: StopRequest()) else { Issue.record("no answer"); return }
        let o = answer.outcomes[0]
        #expect(o.method == .coarseGrid && o.gridSize == 256 && o.coarseSize == 100)
        let chosen = try #require(o.chosen)
        let values = zip(plan.experiment.goal!.variables, chosen.indices).map { Int($0.values[$1]) }
        #expect(values == [11, 7])
        #expect(chosen.cost == 25)
        let runnerUp = try #require(o.runnerUp)
        #expect(runnerUp.cost > chosen.cost)
        let csv = try String(contentsOfFile: folder + "/results/goal.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1 + 2 * o.points.count)
        #expect(csv.contains(",chosen,") && csv.contains(",runner-up,"))
        print("pattern search: \(o.points.count) points, \(o.runs) replications, answer \(values)")
    }

    /// Desk a capped at 9 servers cannot get its share delayed to 25%; both
    /// constraints are declared monotone in its servers, so the most generous
    /// point failing proves that no point can: the answer says so and names
    /// the constraint that fails there.
    @Test("An infeasible monotone goal names the constraint that fails at the most generous point")
    func infeasible() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 1, max: 9}",
                                 subjectTo: "[a.delayed_fraction <= 25%, a.wait_mean <= 100]")
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.notes.isEmpty)
        guard case .goal(let answer) = try AnswerRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        #expect(!answer.isFeasible)
        #expect(answer.outcomes[0].method == .bisection)
        #expect(answer.outcomes[0].points.count == 1, "nothing is searched below an infeasible top")
        #expect(answer.text.contains("no point can meet every constraint: each is declared monotone in every varied input"))
        #expect(answer.text.contains("a.delayed_fraction <= 25%"))
        #expect(!answer.text.contains("a.wait_mean <= 100: mean"), "only the failing constraint is named")
    }

    /// Without monotone declarations an infeasible most generous point proves
    /// nothing: the whole (small) grid is evaluated, and the answer says that
    /// none of the points evaluated was shown feasible, not that none can be.
    @Test("A goal not declared monotone concludes nothing from its most generous point")
    func infeasibleWithoutMonotonicity() throws {
        let folder = temporaryFolder()
        // ρ = 8/c is at most 0.89 for c ≥ 9: utilisation ≥ 95% holds nowhere.
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 9, max: 12}",
                                 subjectTo: "[a.utilization >= 95%]")
        let plan = try ExperimentLoader.plan(path: path)
        let note = try #require(plan.notes.first)
        #expect(note.line == 10 && note.column == 16 && note.message.contains("'a.utilization' is not declared monotone increasing")
                && note.message.contains("scans the grid's 4 points"), "\(note)")
        guard case .goal(let answer) = try AnswerRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        #expect(!answer.isFeasible)
        #expect(answer.outcomes[0].method == .scan && answer.outcomes[0].points.count == 4)
        #expect(answer.text.contains("no point of the 4 evaluated was shown feasible (the whole grid)"))
        #expect(answer.text.contains("a.utilization >= 95%: fails at 4, undecided at 0, holds at 0 of the 4 points"))
        #expect(!answer.text.contains("no point can meet"))
    }

    /// M/M/c, λ = 8, μ = 1, servers 9…20: utilisation ρ = 8/c ≥ 70% holds
    /// up to c = 11 (ρ(11) = 0.727, ρ(12) = 0.667) and Erlang C ≤ 50% from c
    /// = 10 (C(9) = 0.653, C(10) = 0.409): the answer is c = 10 (ρ = 0.8).
    /// Utilisation is not declared monotone, and the most generous point
    /// (c = 20, ρ = 0.4) fails — once reported as "no point meets every
    /// constraint". Every point evaluated whose analytic values lie clearly
    /// apart from the targets gets their verdict.
    @Test("A utilisation floor: the scan finds Erlang C's answer although the most generous point fails")
    func utilizationFloor() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 9, max: 20}",
                                 subjectTo: "[a.utilization >= 70%, a.delayed_fraction <= 50%]")
        let plan = try ExperimentLoader.plan(path: path)
        guard case .goal(let answer) = try AnswerRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        let o = answer.outcomes[0]
        let servers = plan.experiment.goal!.variables[0].values
        #expect(o.method == .scan)
        #expect(o.chosen.map { servers[$0.indices[0]] } == 10, "\(answer.text)")
        let erlangC: [Int: Double] = [9: 0.653, 10: 0.409, 11: 0.245, 12: 0.140, 13: 0.076]
        for p in o.points {
            let c = Int(servers[p.indices[0]])
            let rho = 8.0 / Double(c)
            if abs(rho - 0.7) / 0.7 >= 0.1 {
                #expect(p.estimates[0].verdict == (rho >= 0.7 ? .holds : .fails), "c = \(c): ρ = \(rho)")
            }
            if let C = erlangC[c], abs(C - 0.5) / 0.5 >= 0.15 {
                #expect(p.estimates[1].verdict == (C <= 0.5 ? .holds : .fails), "c = \(c): C = \(C)")
            }
        }
        #expect(answer.isFeasible && answer.text.contains("answer: stations[a].servers = 10"))
    }

    /// The help desk (9 contacts a minute, 10 agents) with the service time
    /// varied 30 s … 90 s: M/M/10 gives a mean wait of 0.1 s at 30 s, 1.0 s
    /// at 40 s, 6.1 s at 50 s, 40 s at 60 s, and no steady state beyond
    /// (offered load ≥ 10.5). The mean wait is not declared monotone in the
    /// service time, so nothing is concluded from 90 s (once: "no point meets
    /// every constraint"); the answer is 30 s.
    @Test("A service time varied: the cheapest value meeting the wait is found, not refused at the most generous")
    func serviceMean() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {dist: exponential, rate: 9/min}
                service: {dist: exponential, mean: 1m}
                servers: 10
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: g
            model: m.yaml
            horizon: 4h
            warmup: 20m
            replications: {min: 5, max: 40}
            seed: 3
            goal:
              vary:
                stations[desk].service.mean: {min: 30s, max: 90s, step: 10s}
              subject-to: [desk.wait_mean <= 20s]
            """, to: "g.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.notes.count == 1)
        guard case .goal(let answer) = try AnswerRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        let o = answer.outcomes[0]
        let means = plan.experiment.goal!.variables[0].values
        #expect(means == [30, 40, 50, 60, 70, 80, 90])
        #expect(o.method == .scan)
        #expect(o.chosen.map { means[$0.indices[0]] } == 30, "\(answer.text)")
        #expect(o.runnerUp.map { means[$0.indices[0]] } == 40)
        let analytic: [Double: Double] = [30: 0.1, 40: 1.0, 50: 6.1, 60: 40]
        for p in o.points {
            let m = means[p.indices[0]]
            #expect(p.verdict == ((analytic[m] ?? .infinity) <= 20 ? .holds : .fails), "mean \(m)")
        }
    }

    /// Interrupted after 7 runs, resumed: the same goal.csv as an
    /// uninterrupted search, and only the missing runs are simulated.
    @Test("A resumed search replays its steps on the saved runs and ends byte-identical")
    func resume() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 1, max: 30}",
                                 subjectTo: "[a.wait_mean <= 0.2]")
        let plan = try ExperimentLoader.plan(path: path)
        var whole = AnswerRun(plan: plan, folder: folder + "/whole")
        whole.jobs = 2
        let total = Atomic<Int>(0)
        whole.afterEachRun = { total.add(1, ordering: .relaxed) }
        _ = try whole.execute(stop: StopRequest())

        let stop = StopRequest()
        let finished = Atomic<Int>(0)
        var first = AnswerRun(plan: plan, folder: folder + "/resumed")
        first.afterEachRun = { if finished.add(1, ordering: .relaxed).newValue == 7 { stop.request() } }
        guard case .interrupted(let saved, _) = try first.execute(stop: stop) else { Issue.record("not interrupted"); return }
        #expect(saved == 7)
        #expect(!FileManager.default.fileExists(atPath: folder + "/resumed"))

        var second = AnswerRun(plan: plan, folder: folder + "/resumed")
        second.resume = true
        second.jobs = 2
        let ran = Atomic<Int>(0)
        second.afterEachRun = { ran.add(1, ordering: .relaxed) }
        _ = try second.execute(stop: StopRequest())
        #expect(ran.load(ordering: .relaxed) == total.load(ordering: .relaxed) - 7)
        let a = FileManager.default.contents(atPath: folder + "/whole/goal.csv")
        let b = FileManager.default.contents(atPath: folder + "/resumed/goal.csv")
        #expect(a != nil && a == b)
        #expect(!FileManager.default.fileExists(atPath: folder + "/resumed.partial"))
    }

    /// Three shards of the initial design, merged, give the single-machine
    /// goal.csv; and 1 job or 2 give the same bytes.
    @Test("Shards of the initial design merge to the single-machine answer; --jobs changes nothing")
    func shardsAndJobs() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 8, max: 14}",
                                 subjectTo: "[a.delayed_fraction <= 25%]")
        let plan = try ExperimentLoader.plan(path: path)
        for jobs in [1, 2] {
            var run = AnswerRun(plan: plan, folder: folder + "/jobs-\(jobs)")
            run.jobs = jobs
            run.writesReport = jobs == 1
            _ = try run.execute(stop: StopRequest())
        }
        let one = FileManager.default.contents(atPath: folder + "/jobs-1/goal.csv")
        #expect(one != nil && one == FileManager.default.contents(atPath: folder + "/jobs-2/goal.csv"))
        // report.html unless turned off (--no-report).
        let report = try String(contentsOfFile: folder + "/jobs-1/report.html", encoding: .utf8)
        #expect(report.contains("<section id=\"goal\">") && report.contains("class=\"chart chart-candidates\""))
        #expect(!FileManager.default.fileExists(atPath: folder + "/jobs-2/report.html"))

        var shards: [String] = []
        var designRuns = 0
        for i in 0..<3 {
            var shard = AnswerRun(plan: plan, folder: folder + "/shard-\(i)")
            shard.shard = ShardSlice(index: i, of: 3)
            shard.experimentFile = path
            guard case .shard(let runs, _) = try shard.execute(stop: StopRequest()) else { Issue.record("shard \(i)"); return }
            designRuns += runs
            shards.append(folder + "/shard-\(i)")
        }
        #expect(designRuns == 7 * 5, "the design is every one of the 7 values at the first 5 replications")
        guard case .goal = try GoalShardMerge.merge(shards: shards, into: folder + "/merged", force: false, jobs: 2,
                                                    progress: .quiet, commandLine: [], log: nil) else {
            Issue.record("merge gave no answer")
            return
        }
        #expect(one == FileManager.default.contents(atPath: folder + "/merged/goal.csv"))
        #expect(FileManager.default.fileExists(atPath: folder + "/merged/report.html"))
        #expect(throws: LocatedError.self) {
            _ = try GoalShardMerge.merge(shards: Array(shards.prefix(2)), into: folder + "/partial", force: false, jobs: 1,
                                         progress: .quiet, commandLine: [], log: nil)
        }
    }

    /// The sequential rule: a point whose interval straddles its target gets
    /// doubled replications; one still straddling at the most is undecided
    /// and never chosen.
    @Test("A straddling interval doubles the replications; undecided at the most is not feasible")
    func straddling() throws {
        let folder = temporaryFolder()
        // Erlang C at c = 11 is 0.245: a target of 24.5% straddles for ever.
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {values: [11, 16]}",
                                 subjectTo: "[a.delayed_fraction <= 24.5%]")
        let plan = try ExperimentLoader.plan(path: path)
        guard case .goal(let answer) = try AnswerRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        let o = answer.outcomes[0]
        let eleven = try #require(o.points.first { $0.indices == [0] })
        #expect(eleven.replications == 40 && eleven.verdict == .undecided, "\(eleven.replications) \(eleven.verdict)")
        #expect(o.chosen?.indices == [1])
    }

    /// `--replications N` on a goal sets each point's first batch and keeps
    /// the file's most (raised to N when below); fewer than 2 is refused, as
    /// the file's `min: 1` is; manifest.json records the rule used, and
    /// goal.csv's numeric columns hold numbers (or nothing).
    @Test("--replications on a goal sets the first batch and keeps max; the manifest records them")
    func replicationsOption() throws {
        let folder = temporaryFolder()
        let path = Self.goalFile(folder, vary: "    stations[a].servers: {min: 8, max: 14}", subjectTo: "[a.delayed_fraction <= 25%]")
        do {
            _ = try ExperimentLoader.plan(path: path, replications: 1)
            Issue.record("--replications 1 accepted for a goal")
        } catch let error as LocatedError {
            #expect(error.message.contains("--replications 1: a goal needs at least 2 replications"), "\(error)")
        }
        let three = try ExperimentLoader.plan(path: path, replications: 3)
        #expect(three.experiment.replicationRule?.min == 3 && three.experiment.replicationRule?.max == 40)
        #expect(try ExperimentLoader.plan(path: path, replications: 60).experiment.replicationRule?.max == 60)
        // A plain number in the file: at most 8 times it, as without the option.
        let plain = write(try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "replications: {min: 5, max: 40}", with: "replications: 5"), to: "plain.yaml", in: folder)
        let rule = try ExperimentLoader.plan(path: plain, replications: 3).experiment.replicationRule
        #expect(rule?.min == 3 && rule?.max == 40)

        guard case .goal(let answer) = try AnswerRun(plan: three, folder: folder + "/r").execute(stop: StopRequest()) else {
            Issue.record("no answer")
            return
        }
        #expect(answer.outcomes[0].points.allSatisfy { $0.replications >= 3 && $0.replications <= 40 })
        let manifest = try String(contentsOfFile: folder + "/r/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"replications\": 3,") && manifest.contains("\"replication_rule\": {\"min\": 3, \"max\": 40}"),
                "\(manifest)")
        #expect(manifest.contains("\"runs\": \(answer.runs),"))
        // goal.csv: every numeric column a number or empty (pandas reads each as float).
        let rows = try String(contentsOfFile: folder + "/r/goal.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = rows[0]
        for name in ["candidate", "stations[a].servers", "cost", "replications", "target", "mean", "sd", "n", "confidence",
                     "lower_bound", "upper_bound"] {
            let k = try #require(header.firstIndex(of: name), "\(name)")
            for row in rows.dropFirst() { #expect(row[k].isEmpty || Double(row[k]) != nil, "\(name): '\(row[k])'") }
        }
    }

    /// Scaling a shift plan multiplies every count and rounds up.
    @Test("scale() multiplies every count of a shift plan, rounding up")
    func scaling() throws {
        let folder = temporaryFolder()
        let tree = try SpecDocument.parse(data: Data("""
            a: {shifts: [{from: 0, servers: 3}, {from: 10, servers: 5}], dated: [{from: 2, to: 4, servers: 1}], every: 20}
            b: [{from: 0h, workers: 12}, {from: 7h, workers: 6, name: day}]
            """.utf8), file: folder + "/t.yaml")
        let a = try tree["a"]!.scaled(by: 1.1, at: tree)
        #expect(a.flowText == "{shifts: [{from: 0, servers: 4}, {from: 10, servers: 6}], dated: [{from: 2, to: 4, servers: 2}], every: 20}")
        let b = try tree["b"]!.scaled(by: 1.5, at: tree)
        #expect(b.flowText == "[{from: 0h, workers: 18}, {from: 7h, workers: 9, name: day}]")
        #expect(SpecNode.scale(10, by: 1.3) == 13, "10 × 1.3 is 13 whatever binary fractions say")
    }
}
