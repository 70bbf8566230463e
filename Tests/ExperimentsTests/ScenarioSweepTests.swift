import Experiments
import Foundation
import Testing

@Suite("Scenarios, sweeps and inheritance")
struct ScenarioSweepTests {
    static let model = deskModel + """

          - name: review
            service: {dist: exponential, mean: 0.5}
            servers: 2
        """

    @Test("A grid and a zip expand to the cartesian product, scenario-major")
    func expansion() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write("""
            name: grid
            model: m.yaml
            horizon: 100
            replications: 2
            scenarios:
              - name: base
              - name: slower
                overrides:
                  stations[desk].service.mean: 1.1
            sweep:
              stations[desk].servers: [10, 11, 12]
              zip:
                stations[review].servers: [2, 3]
                stations[desk].arrivals.rate: [8, 9]
            """, to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.variants.count == 2 * 3 * 2)
        #expect(plan.sweepColumns == ["stations[desk].servers", "stations[review].servers", "stations[desk].arrivals.rate"])
        #expect(plan.variants[0].sweepValues == ["10", "2", "8"])
        #expect(plan.variants[1].sweepValues == ["10", "3", "9"])
        #expect(plan.variants[6].scenarioName == "slower")
        #expect(plan.baseline(of: 7) == 1)
        // The override really reaches the model.
        #expect(plan.variants[6].model.explanation().contains("mean: 1.1"))
        #expect(plan.variants[2].model.explanation().contains("servers: 11"))
    }

    /// Under common random numbers the two scenarios see the same arrivals and
    /// service times, so per-replication differences vary far less than the
    /// metric itself: the paired interval must be narrower than the unpaired one.
    @Test("Paired differences are tighter than unpaired ones under common random numbers")
    func pairedNarrower() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write("""
            name: paired
            model: m.yaml
            horizon: 2000
            warmup: 100
            replications: 10
            scenarios:
              - name: base
              - name: slower
                overrides:
                  stations[desk].service.mean: 1.02
            """, to: "e.yaml", in: folder)
        let results = execute(try ExperimentLoader.plan(path: path), jobs: 2)
        let wait = try #require(results.comparisons(variant: 1).first { $0.name == "desk.wait_mean" })
        #expect(wait.difference.mean > 0, "slower service must lengthen the wait")
        #expect(wait.difference.halfWidth95 < wait.unpairedHalfWidth95 / 2,
                "paired ±\(wait.difference.halfWidth95) vs unpaired ±\(wait.unpairedHalfWidth95)")
    }

    @Test("extends inherits and overrides keys; the model path stays relative to the base")
    func inheritance() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/base", withIntermediateDirectories: true)
        write(Self.model, to: "base/m.yaml", in: folder)
        write("""
            name: base
            model: m.yaml
            horizon: 100
            replications: 3
            outputs: {timeseries: {bucket: 10}}
            """, to: "base/b.yaml", in: folder)
        let path = write("""
            extends: base/b.yaml
            name: child
            replications: 5
            outputs: {table: [desk.wait_mean]}
            """, to: "c.yaml", in: folder)
        let spec = try ExperimentSpec.load(path: path)
        #expect(spec.name == "child")
        #expect(spec.replications == 5)
        #expect(spec.horizon == 100)
        #expect(spec.modelPath.hasSuffix("base/m.yaml"))
        #expect(spec.outputs.seriesBucket == 10)
        #expect(spec.outputs.tableMetrics == ["desk.wait_mean"])
    }

    @Test("Names with a comma and a quote survive the CSV files (RFC 4180)")
    func quotedNames() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write("""
            name: quoting
            model: m.yaml
            horizon: 50
            replications: 2
            scenarios:
              - name: base
              - name: 'busy, "peak" day'
                overrides:
                  stations[desk].servers: 11
            """, to: "e.yaml", in: folder)
        let results = execute(try ExperimentLoader.plan(path: path), jobs: 2)
        let csv = ResultFiles.summaryCSV(results)
        #expect(csv.contains("\"busy, \"\"peak\"\" day\""))
        let rows = csv.split(separator: "\n").filter { $0.contains("peak") }
        #expect(!rows.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(ResultFiles.summaryJSON(results).utf8)) as? [String: Any]
        let names = (json?["scenarios"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["base", "busy, \"peak\" day"])
    }

    /// Conservation: the arrivals per bucket of the time series add up to the
    /// arrivals metric (no warm-up, buckets cover the horizon).
    @Test("Time-series buckets add up to the totals")
    func seriesConservation() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write("""
            name: series
            model: m.yaml
            horizon: 95
            replications: 3
            start: 2026-11-11T20:00:00+08:00
            outputs: {timeseries: {bucket: 10}}
            """, to: "e.yaml", in: folder)
        let results = execute(try ExperimentLoader.plan(path: path), jobs: 2)
        let text = try ResultFiles.timeseriesCSV(results)
        // experiment, scenario, replication, bucket_start, bucket_start_s, metric, unit, value
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        var totals: [Double] = []
        for r in 0..<3 {
            let total = rows.filter { $0[2] == "\(r)" && $0[5] == "desk.arrivals" }.reduce(0.0) { $0 + Double($1[7])! }
            let metric = results.summaries(variant: 0).first { $0.name == "desk.arrivals" }!.values[r]
            #expect(total == metric)
            totals.append(total)
        }
        #expect(text.contains("2026-11-11T20:00:10+08:00"))  // buckets of 10 s
        // The replication column is numeric throughout; the means live in timeseries_summary.csv.
        #expect(rows.allSatisfy { Int($0[2]) != nil })
        let summary = try ResultFiles.timeseriesSummaryCSV(results).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // experiment, scenario, bucket_start, bucket_start_s, metric, unit, mean, ci95_low, ci95_high, n
        let meanTotal = summary.filter { $0[4] == "desk.arrivals" }.reduce(0.0) { $0 + Double($1[6])! }
        #expect(abs(meanTotal - totals.reduce(0, +) / 3) < 1e-9)
        #expect(summary.filter { $0[4] == "desk.arrivals" }.allSatisfy { $0[9] == "3" })
    }
}

@Suite("Metric names in experiment files")
struct MetricNameTests {
    @Test("Patterns select metrics for the table and tolerances")
    func patterns() throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write("""
            name: p
            model: m.yaml
            horizon: 200
            replications: 2
            outputs: {table: ['desk.wait_*'], timeseries: {bucket: 50, metrics: ['desk.*_mean']}}
            check: {metrics: {'desk.wait_*': 7%}}
            """, to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.experiment.check.tolerance(for: "desk.wait_p95") == 0.07)
        #expect(plan.experiment.check.tolerance(for: "desk.arrivals") == 0.02)
        let results = execute(plan, jobs: 1)
        let table = ResultFiles.table(results)
        #expect(table.contains("desk.wait_mean") && table.contains("desk.wait_p95") && !table.contains("desk.arrivals"))
        let series = try ResultFiles.timeseriesCSV(results)
        #expect(series.contains("desk.queue_mean") && series.contains("desk.busy_mean") && !series.contains("desk.arrivals"))
    }

    @Test("Without outputs.table the terminal shows the headline metrics")
    func headline() throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write("name: h\nmodel: m.yaml\nhorizon: 200\nreplications: 2\n", to: "e.yaml", in: folder)
        let table = ResultFiles.table(execute(try ExperimentLoader.plan(path: path), jobs: 1))
        #expect(table.contains("desk.wait_mean"))
        #expect(!table.contains("desk.arrivals"))
        #expect(table.contains("~["))  // two replications: rough intervals are marked
    }
}
