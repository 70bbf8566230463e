import Experiments
import Foundation
import Testing

@Suite("Determinism")
struct DeterminismTests {
    /// Same inputs and seed must give byte-identical results files whatever
    /// the number of worker threads (runs are keyed, not ordered by finish).
    @Test("Results are byte-identical for 1 and 2 jobs")
    func jobsDoNotMatter() throws {
        let plan = try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/mmc.yaml", replications: 6)
        let one = execute(plan, jobs: 1)
        let two = execute(plan, jobs: 2)
        #expect(ResultFiles.summaryJSON(one) == ResultFiles.summaryJSON(two))
        #expect(try ResultFiles.replicationsCSV(one) == ResultFiles.replicationsCSV(two))
        #expect(ResultFiles.summaryCSV(one) == ResultFiles.summaryCSV(two))
    }

    @Test("A different seed gives different results")
    func seedMatters() throws {
        let a = execute(try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/mmc.yaml", replications: 2, seed: 1), jobs: 2)
        let b = execute(try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/mmc.yaml", replications: 2, seed: 2), jobs: 2)
        #expect(try ResultFiles.replicationsCSV(a) != ResultFiles.replicationsCSV(b))
    }
}

@Suite("Results files")
struct ResultFilesTests {
    @Test("summary.json has the shape scripts depend on")
    func summaryShape() throws {
        let plan = try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/mmc.yaml", replications: 3)
        let results = execute(plan, jobs: 2)
        let json = try JSONSerialization.jsonObject(with: Data(ResultFiles.summaryJSON(results).utf8)) as? [String: Any]
        #expect(json?["experiment"] as? String == "mmc")
        let scenarios = json?["scenarios"] as? [[String: Any]]
        #expect(scenarios?.first?["name"] as? String == "baseline")
        let metrics = scenarios?.first?["metrics"] as? [String: [String: Any]]
        let wait = metrics?["desk.wait_mean"]
        #expect(wait?["n"] as? Int == 3)
        for key in ["mean", "sd", "ci95_low", "ci95_high"] { #expect(wait?[key] is Double, "missing \(key)") }
        #expect(wait?["unit"] as? String == "s")
        for name in ["arrivals", "served", "blocked_fraction", "abandoned_fraction", "wait_mean", "wait_p95",
                     "sojourn_mean", "utilization", "queue_mean", "in_system_mean"] {
            #expect(metrics?["desk.\(name)"] != nil, "missing desk.\(name)")
        }
        #expect(metrics?["network.sojourn_mean"] != nil)
    }

    @Test("CSV quoting follows RFC 4180")
    func csvQuoting() {
        var csv = CSVTable(header: ["a", "b"])
        csv.append(["plain", "with, comma"])
        csv.append(["say \"hi\"", "line\nbreak"])
        #expect(csv.text == "a,b\nplain,\"with, comma\"\n\"say \"\"hi\"\"\",\"line\nbreak\"\n")
    }
}
