@testable import Experiments
import Foundation
import QueueingNetwork
import Synchronization
import Testing

/// The staffing plan comes out as an experiment file that extends the
/// staffing experiment, drops its `staffing` section and sets the plan in
/// every scenario: it loads, and its model has the planned servers.
@Suite("Staffing plans as files")
struct StaffingPlanFileTests {
    @Test("staffing-plan.yaml extends the experiment and sets the planned servers in every scenario")
    func planFile() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [20, 40, 60, 40], every: 1, repeat: true}
                service: {dist: exponential, mean: 0.25}
                servers: 30
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: plan
            model: m.yaml
            horizon: 8
            replications: 20
            seed: 2
            scenarios:
              - name: base
              - name: "busy: 20% more"
                overrides:
                  stations[desk].service: {dist: exponential, mean: 0.3}
            staffing:
              pool: stations[desk]
              interval: 1
              target: {delayed-fraction: 30%}
              range: {min: 1, max: 40}
            """, to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        var run = AnswerRun(plan: plan, folder: folder + "/results/plan")
        run.experimentFile = path
        guard case .staffing(let answer) = try run.execute(stop: StopRequest()) else { Issue.record("no answer"); return }
        #expect(answer.meetsTarget)
        let staffed = try ExperimentLoader.plan(path: folder + "/results/plan/staffing-plan.yaml")
        #expect(staffed.experiment.staffing == nil)
        #expect(staffed.experiment.scenarios.map(\.name) == ["base", "busy: 20% more"])
        for (s, outcome) in answer.outcomes.enumerated() {
            let network = try #require(staffed.variants[s].model as? NetworkSpec)
            let servers = (0..<8).map { network.stations[0].servers.value(at: Double($0) + 0.5) }
            #expect(servers == outcome.plan.staff, "scenario \(s)")
            // More work per customer, more staff in the busiest interval.
        }
        #expect(answer.outcomes[1].plan.staff[2] > answer.outcomes[0].plan.staff[2])
        let csv = try String(contentsOfFile: folder + "/results/plan/staffing.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1 + 2 * 8)
        // For the report: the target's side, no answer time (a delayed fraction) and the best constant staffing.
        let lines = csv.split(separator: "\n")
        #expect(lines[0].hasSuffix(",offered_load,arrivals,relation,within_s,constant_staff"))
        let constant = try #require(answer.outcomes[0].constant)
        #expect(lines[1].hasSuffix(",<=,,\(constant)"))
        // report.html, made from these files: the plan against demand and the share delayed per interval.
        let report = try String(contentsOfFile: folder + "/results/plan/report.html", encoding: .utf8)
        #expect(report.components(separatedBy: "class=\"chart chart-intervals\"").count - 1 == 2 * 2)
        #expect(report.contains("<table class=\"staffing-plan\">"))
        // datapackage.json describes staffing.csv with types read from its values, resource names unique.
        let package = try #require(FileManager.default.contents(atPath: folder + "/results/plan/datapackage.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: package) as? [String: Any])
        let resources = try #require(json["resources"] as? [[String: Any]])
        let names = resources.compactMap { $0["name"] as? String }
        #expect(Set(names).count == names.count && names.contains("staffing"))
        let staffing = try #require(resources.first { $0["path"] as? String == "staffing.csv" })
        let fields = try #require((staffing["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let types = Dictionary(uniqueKeysWithValues: fields.compactMap { f in (f["name"] as? String).map { ($0, f["type"] as? String ?? "") } })
        #expect(types["staff"] == "integer" && types["mean"] == "number" && types["scenario"] == "string")
        #expect(fields.map { $0["name"] as? String ?? "" } == lines[0].split(separator: ",").map(String.init))
    }

    /// Staffing through the runner: 1 job and 2 give the same files, and a
    /// search interrupted after 30 runs and resumed ends with the same bytes,
    /// having simulated only the runs that were missing.
    @Test("Staffing gives the same bytes for any --jobs and after an interrupted, resumed search")
    func jobsAndResume() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [20, 40, 60, 40], every: 1, repeat: true}
                service: {dist: exponential, mean: 0.25}
                patience: {dist: exponential, mean: 0.5}
                service-level-target: 0.1
                servers: 30
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: s
            model: m.yaml
            horizon: 8
            replications: 10
            seed: 4
            staffing:
              pool: stations[desk]
              interval: 1
              target: {service-level: 80%, within: 0.1}
              range: {min: 1, max: 40}
            """, to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        let total = Atomic<Int>(0)
        for jobs in [1, 2] {
            var run = AnswerRun(plan: plan, folder: folder + "/jobs-\(jobs)")
            run.jobs = jobs
            run.experimentFile = path
            if jobs == 1 { run.afterEachRun = { total.add(1, ordering: .relaxed) } }
            _ = try run.execute(stop: StopRequest())
        }
        let files = ["staffing.csv", "staffing-plan.yaml", "answer.txt"]
        for name in files {
            let a = FileManager.default.contents(atPath: folder + "/jobs-1/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: folder + "/jobs-2/" + name), "\(name)")
        }
        let stop = StopRequest()
        let count = Atomic<Int>(0)
        var first = AnswerRun(plan: plan, folder: folder + "/resumed")
        first.experimentFile = path
        first.afterEachRun = { if count.add(1, ordering: .relaxed).newValue == 30 { stop.request() } }
        guard case .interrupted(let saved, _) = try first.execute(stop: stop) else { Issue.record("not interrupted"); return }
        #expect(saved == 30)
        var second = AnswerRun(plan: plan, folder: folder + "/resumed")
        second.experimentFile = path
        second.resume = true
        second.jobs = 2
        let ran = Atomic<Int>(0)
        second.afterEachRun = { ran.add(1, ordering: .relaxed) }
        _ = try second.execute(stop: StopRequest())
        #expect(ran.load(ordering: .relaxed) == total.load(ordering: .relaxed) - 30)
        for name in files {
            let a = FileManager.default.contents(atPath: folder + "/jobs-1/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: folder + "/resumed/" + name), "\(name)")
        }
    }

    /// An interval with no arrival in any replication (here its arrival rate
    /// is 0) has nothing to judge: `staffing.csv` leaves `meets` empty (not
    /// "yes"), the terminal says nobody arrived and that its staff was not
    /// tested, with the 95% bound 1 − 0.05^(1/R) on another day's chance of
    /// an arrival (R = 10: 26%).
    @Test("An interval nobody arrived in neither meets nor misses the target, and the answer says its staff was not tested")
    func intervalWithNobody() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [20, 0, 20], every: 1, repeat: true}
                service: {dist: exponential, mean: 0.25}
                servers: 10
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: quiet
            model: m.yaml
            horizon: 3
            replications: 10
            staffing:
              pool: stations[desk]
              interval: 1
              target: {delayed-fraction: 30%}
              range: {min: 0, max: 20}
            """, to: "e.yaml", in: folder)
        var run = AnswerRun(plan: try ExperimentLoader.plan(path: path), folder: folder + "/results")
        run.experimentFile = path
        guard case .staffing(let answer) = try run.execute(stop: StopRequest()) else { Issue.record("no answer"); return }
        let o = answer.outcomes[0]
        #expect(o.figures.unmeasured == [1])
        #expect(o.figures.measured(0) && o.figures.measured(2))
        let rows = try String(contentsOfFile: folder + "/results/staffing.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let meets = try #require(rows[0].firstIndex(of: "meets"))
        #expect(rows[1][meets] == "yes" && rows[2][meets] == "" && rows[3][meets] == "yes")
        #expect(answer.text.contains("nobody arrived"))
        #expect(answer.text.contains("1 interval saw nobody arrive in any of the 10 replications"))
        #expect(answer.text.contains("up to 26% of days"))
    }

    /// An interval flooded beyond the range (10 arrivals a second, a minute's
    /// service each, at most 20 servers): customers came and none was answered
    /// within the target by the end. It is a miss at the worst score, not an
    /// interval "nobody arrived" in (found by a new user: it read as unmeasured).
    @Test("A flooded interval is a miss, not an interval nobody arrived in")
    func floodedInterval() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [0, 5, 10, 0], every: 1h}
                service: {dist: exponential, mean: 1m}
                servers: 10
                service-level-target: 20s
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: flooded
            model: m.yaml
            horizon: 4h
            replications: 3
            staffing:
              pool: stations[desk]
              interval: 1h
              target: {service-level: 80%, within: 20s}
              range: {min: 1, max: 20}
            """, to: "e.yaml", in: folder)
        var run = AnswerRun(plan: try ExperimentLoader.plan(path: path), folder: folder + "/results")
        run.experimentFile = path
        guard case .staffing(let answer) = try run.execute(stop: StopRequest()) else { Issue.record("no answer"); return }
        let o = answer.outcomes[0]
        #expect(o.figures.unmeasured == [0, 3])
        #expect(o.figures.measured(2) && !o.figures.meets(2))
        #expect(o.plan.staff[2] == 20)
        #expect(!answer.meetsTarget)
    }
}
