import Experiments
import Foundation
import Synchronization
import Testing

/// `replications: {min, max, until}`: replications added in stages until
/// every named interval is tight, the same stages for any `--jobs`.
@Suite("Replications until precise")
struct PrecisionTests {
    static func experiment(_ folder: String, until: String, max: Int = 200) -> String {
        write(deskModel, to: "m.yaml", in: folder)
        return write("""
            name: p
            model: m.yaml
            horizon: 500
            warmup: 50
            replications: {min: 5, max: \(max), until: \(until)}
            seed: 9
            scenarios:
              - name: base
              - name: busier
                overrides:
                  stations[desk].arrivals: {dist: exponential, rate: 8.5}
            sweep:
              stations[desk].servers: [10, 12]
            """, to: "e.yaml", in: folder)
    }

    static func run(_ path: String, folder: String, jobs: Int, stop: StopRequest = StopRequest(),
                    resume: Bool = false, after: (@Sendable () -> Void)? = nil) throws -> ExperimentRun.Outcome {
        var run = ExperimentRun(plan: try ExperimentLoader.plan(path: path), folder: folder)
        run.jobs = jobs
        run.resume = resume
        run.afterEachRun = after
        return try run.execute(stop: stop)
    }

    /// Every scenario and sweep point ends with the mean wait's 95%
    /// half-width within 0.03 and the share delayed's within 3% of its mean;
    /// the replications are the same in every row, more than the first
    /// stage's, and 1 and 2 jobs write the same bytes.
    @Test("Every interval ends tight, in every scenario and sweep point, whatever --jobs")
    func tight() throws {
        let folder = temporaryFolder()
        let path = Self.experiment(folder, until: """
            [{metric: desk.wait_mean, half-width: 0.03}, {metric: desk.delayed_fraction, relative-half-width: 3%}]
            """)
        guard case .completed(let results) = try Self.run(path, folder: folder + "/one", jobs: 1) else {
            Issue.record("not completed")
            return
        }
        let precision = try #require(results.precision)
        #expect(precision.isMet)
        let n = results.plan.experiment.replications
        #expect(n > 5 && n < 200)
        print("precision: \(n) replications")
        for v in results.plan.variants.indices {
            let byName = Dictionary(uniqueKeysWithValues: results.summaries(variant: v).map { ($0.name, $0.summary) })
            #expect(byName["desk.wait_mean"]!.halfWidth95 <= 0.03)
            #expect(byName["desk.delayed_fraction"]!.halfWidth95 <= 0.03 * byName["desk.delayed_fraction"]!.mean)
            #expect(byName["desk.arrivals"]!.n == n)
        }
        _ = try Self.run(path, folder: folder + "/two", jobs: 2)
        for name in ["summary.csv", "replications.csv", "comparisons.csv", "precision.csv", "summary.json"] {
            let a = FileManager.default.contents(atPath: "\(folder)/one/\(name)")
            #expect(a != nil && a == FileManager.default.contents(atPath: "\(folder)/two/\(name)"), "\(name)")
        }
        let csv = try String(contentsOfFile: folder + "/one/precision.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1 + 4 * 2 && !csv.contains(",no\n"))
    }

    /// A target too tight for `max`: the run stops at `max` and says which intervals are still wide.
    @Test("At the most replications the run stops and says which intervals are still too wide")
    func stopsAtMax() throws {
        let folder = temporaryFolder()
        let path = Self.experiment(folder, until: "{metric: desk.wait_mean, half-width: 0.0001}", max: 12)
        guard case .completed(let results) = try Self.run(path, folder: folder + "/r", jobs: 2) else {
            Issue.record("not completed")
            return
        }
        #expect(results.plan.experiment.replications == 12)
        let precision = try #require(results.precision)
        #expect(!precision.isMet)
        #expect(precision.text(results).contains("precision NOT reached — stopped at the most, 12 replications"))
        #expect(precision.text(results).contains("desk.wait_mean ±"))
        #expect(precision.text(results).contains(", target ±0.0001 s"))
        let csv = try String(contentsOfFile: folder + "/r/precision.csv", encoding: .utf8)
        #expect(csv.contains(",12,12,no\n"))
    }

    /// precision.csv's `target` is a number in every row — the half-width in
    /// the metric's unit, or the relative one as a fraction of the mean —
    /// beside `unit` and `target_kind`, so pandas reads it as floats; and
    /// datapackage.json describes the file, column by column.
    @Test("precision.csv: numeric targets with their unit and kind, described in datapackage.json")
    func precisionColumns() throws {
        let folder = temporaryFolder()
        let path = Self.experiment(folder, until: """
            [{metric: desk.wait_mean, half-width: 0.5}, {metric: desk.delayed_fraction, relative-half-width: 10%}]
            """, max: 8)
        guard case .completed = try Self.run(path, folder: folder + "/r", jobs: 2) else {
            Issue.record("not completed")
            return
        }
        let rows = try String(contentsOfFile: folder + "/r/precision.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = ["experiment", "scenario", "stations[desk].servers", "metric", "unit", "mean", "half_width",
                      "relative_half_width", "target_kind", "target", "allowed_half_width", "replications", "n", "met"]
        #expect(rows[0] == header)
        let byColumn = { (row: [String], name: String) in row[header.firstIndex(of: name)!] }
        for row in rows.dropFirst() {
            for name in ["mean", "half_width", "relative_half_width", "target", "allowed_half_width", "replications", "n"] {
                #expect(Double(byColumn(row, name)) != nil, "\(name): '\(byColumn(row, name))'")
            }
            if byColumn(row, "metric") == "desk.wait_mean" {
                #expect(byColumn(row, "unit") == "s" && byColumn(row, "target_kind") == "half-width" && byColumn(row, "target") == "0.5")
            } else {
                #expect(byColumn(row, "unit") == "1" && byColumn(row, "target_kind") == "relative-half-width"
                        && byColumn(row, "target") == "0.1")
                let allowed = Double(byColumn(row, "allowed_half_width"))!, mean = Double(byColumn(row, "mean"))!
                #expect(abs(allowed - 0.1 * mean) < 1e-12)
            }
        }
        let package = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/r/datapackage.json")))
            as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        let precision = try #require(resources.first { $0["path"] as? String == "precision.csv" })
        let fields = try #require((precision["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String ?? "" } == header)
        #expect(fields.first { $0["name"] as? String == "target" }?["type"] as? String == "number")
        let manifest = try String(contentsOfFile: folder + "/r/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"replication_rule\": {\"min\": 5, \"max\": 8, \"until\": [{\"metric\": \"desk.wait_mean\", "
                                  + "\"target_kind\": \"half-width\", \"target\": 0.5}"), "\(manifest)")
    }

    /// Interrupted in a later stage and resumed: the same stages are replayed on the saved runs.
    @Test("An interrupted run resumes into the same stages and the same bytes")
    func resume() throws {
        let folder = temporaryFolder()
        let path = Self.experiment(folder, until: "{metric: desk.wait_mean, half-width: 0.02}")
        _ = try Self.run(path, folder: folder + "/whole", jobs: 2)
        let stop = StopRequest()
        let count = Atomic<Int>(0)
        guard case .interrupted = try Self.run(path, folder: folder + "/r", jobs: 1, stop: stop, after: {
            if count.add(1, ordering: .relaxed).newValue == 25 { stop.request() }
        }) else {
            Issue.record("not interrupted")
            return
        }
        _ = try Self.run(path, folder: folder + "/r", jobs: 2, resume: true)
        for name in ["summary.csv", "replications.csv", "precision.csv"] {
            let a = FileManager.default.contents(atPath: "\(folder)/whole/\(name)")
            #expect(a != nil && a == FileManager.default.contents(atPath: "\(folder)/r/\(name)"), "\(name)")
        }
    }
}
