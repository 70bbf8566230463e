import Experiments
import Foundation
import ModelSpec
import Report
import SimulationKernel
import Testing

/// The terminal table, the sweep labels, report.html and datapackage.json of real runs.
@Suite("Results table, report and data package of a run")
struct ResultsTableRunTests {
    static let model = deskModel + """

            service-level-target: 0.5
        """

    /// Two scenarios over a labelled sweep with time series: every results file.
    static func experiment(in folder: String) -> String {
        write(model, to: "m.yaml", in: folder)
        return write("""
            name: labelled
            description: Agents for the desk.
            model: m.yaml
            horizon: 200
            start: 2026-11-11T08:00:00+08:00
            replications: 3
            seed: 5
            scenarios:
              - name: base
              - name: 十倍观众
                overrides:
                  stations[desk].arrivals.rate: 9
            sweep:
              stations[desk].servers: [{value: 10, label: lean}, 12]
            outputs:
              timeseries: {bucket: 50}
            """, to: "e.yaml", in: folder)
    }

    func run(_ plan: RunPlan, into folder: String, jobs: Int) throws -> ExperimentResults {
        var execution = ExperimentRun(plan: plan, folder: folder)
        execution.jobs = jobs
        guard case .completed(let results) = try execution.execute(stop: StopRequest()) else {
            throw LocatedError("the run did not complete")
        }
        return results
    }

    @Test("Sweep points are named by their label, else by the last path segment and value")
    func labels() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        #expect(plan.variants.map(\.sweepLabel) == ["lean", "servers=12", "lean", "servers=12"])
        #expect(plan.variants[3].displayName == "十倍观众 · servers=12")
        // A zip: its labels, or each path's short name and value, or a position for long values.
        let zipped = write("""
            name: zipped
            model: m.yaml
            horizon: 100
            sweep:
              zip:
                label: [small, big]
                stations[desk].servers: [10, 11]
                stations[desk].capacity: [20, 30]
              stations[desk].service: [{dist: exponential, mean: 1}, {dist: exponential, mean: 0.9}]
            """, to: "z.yaml", in: folder)
        let z = try ExperimentLoader.plan(path: zipped)
        #expect(z.variants.map(\.sweepLabel) == ["small, service #1", "small, service #2", "big, service #1", "big, service #2"])
        let unlabelled = write("""
            name: plain
            model: m.yaml
            horizon: 100
            sweep:
              zip:
                stations[desk].servers: [10, 11]
                stations[desk].capacity: [20, 30]
            """, to: "p.yaml", in: folder)
        #expect(try ExperimentLoader.plan(path: unlabelled).variants.map(\.sweepLabel) == ["servers=10, capacity=20", "servers=11, capacity=30"])
    }

    @Test("A run's table is the table of its folder, in both formats, and names the sweep points by label")
    func tableOfTheRunIsTheTableOfTheFolder() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        let results = try run(plan, into: folder + "/out", jobs: 2)
        let read = try ResultsFolderReader(folder: folder + "/out").read()
        for format in ResultsTable.Format.allCases {
            #expect(ResultFiles.table(results, format: format) == ResultsTable(read).text(format))
        }
        let text = ResultFiles.table(results)
        #expect(text.hasPrefix("base · lean (baseline) — 3 replications; with fewer than 5 replications the intervals are rough (~)\n"))
        #expect(text.contains("\n十倍观众 · servers=12 — 3 replications; differences from base at the same point, paired;"))
        // The queueing network's headline metrics, not every metric.
        #expect(text.contains("desk.wait_mean") && !text.contains("desk.sojourn_mean"))
    }

    @Test("report.html is the same bytes for 1 and 2 jobs, and the same as runway report makes from the folder")
    func reportIsDeterministic() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        _ = try run(plan, into: folder + "/one", jobs: 1)
        _ = try run(plan, into: folder + "/two", jobs: 2)
        // The manifests differ in their times (and the report shows the day): make them one.
        let manifest = try String(contentsOfFile: folder + "/one/manifest.json", encoding: .utf8)
        try manifest.write(toFile: folder + "/two/manifest.json", atomically: true, encoding: .utf8)
        let one = try ResultsReport.html(folder: folder + "/one")
        #expect(one == (try ResultsReport.html(folder: folder + "/two")))
        #expect(one == (try String(contentsOfFile: folder + "/one/report.html", encoding: .utf8)))
        #expect(one.contains("<caption>lean</caption>"))
        for name in ["summary.csv", "summary.json", "replications.csv", "comparisons.csv", "timeseries.csv",
                     "timeseries_summary.csv", "datapackage.json"] {
            #expect(FileManager.default.contents(atPath: folder + "/one/" + name) == FileManager.default.contents(atPath: folder + "/two/" + name),
                    "\(name) differs")
        }
    }

    @Test("Without a report: no report.html")
    func noReport() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        var execution = ExperimentRun(plan: plan, folder: folder + "/out")
        execution.writesReport = false
        _ = try execution.execute(stop: StopRequest())
        #expect(FileManager.default.fileExists(atPath: folder + "/out/summary.csv"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/report.html"))
    }

    @Test("datapackage.json names every CSV file's columns, and every field fits its type")
    func dataPackage() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        _ = try run(plan, into: folder + "/out", jobs: 2)
        let tables = try Self.checkDataPackage(in: folder + "/out", name: "labelled")
        #expect(tables.compactMap { $0["path"] as? String }
                == ["summary.csv", "replications.csv", "comparisons.csv", "timeseries.csv", "timeseries_summary.csv"])
        let sweep = try #require((tables[0]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(sweep.first { $0["name"] as? String == "stations[desk].servers" }?["type"] as? String == "number")
    }

    @Test("datapackage.json describes precision.csv and a model kind's breakdowns.csv when a run writes them")
    func dataPackageOfEveryFile() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let precise = write("""
            name: precise
            model: m.yaml
            horizon: 200
            replications: {min: 3, max: 6, until: {metric: desk.wait_mean, half-width: 0.001}}
            sweep:
              stations[desk].servers: [10, 12]
            """, to: "p.yaml", in: folder)
        _ = try run(try ExperimentLoader.plan(path: precise), into: folder + "/precise", jobs: 2)
        let withPrecision = try Self.checkDataPackage(in: folder + "/precise", name: "precise", allowingNoEmptyNumbers: true)
        #expect(withPrecision.compactMap { $0["path"] as? String } == ["summary.csv", "replications.csv", "precision.csv"])
        let luxury = write("""
            name: luxury
            model: \(repositoryRoot)/models/tmall-luxury.yaml
            horizon: 1h
            start: 2017-08-07T20:00:00+08:00
            replications: 2
            """, to: "l.yaml", in: folder)
        _ = try run(try ExperimentLoader.plan(path: luxury), into: folder + "/luxury", jobs: 2)
        let withBreakdowns = try Self.checkDataPackage(in: folder + "/luxury", name: "luxury")
        #expect(withBreakdowns.compactMap { $0["path"] as? String } == ["summary.csv", "replications.csv", "breakdowns.csv"])
        let brand = try #require(((withBreakdowns[2]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?.first {
            $0["name"] as? String == "brand"
        })
        #expect(brand["type"] as? String == "integer")
    }

    /// Checks `folder`'s datapackage.json: resource names unique, every CSV
    /// file of the folder described and no other, each file's columns in
    /// order with values of their types and a primary key that holds; returns
    /// the CSV resources.
    @discardableResult
    static func checkDataPackage(in folder: String, name: String, allowingNoEmptyNumbers: Bool = false) throws -> [[String: Any]] {
        let data = try #require(FileManager.default.contents(atPath: folder + "/datapackage.json"))
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(package["name"] as? String == name)
        let resources = try #require(package["resources"] as? [[String: Any]])
        let names = resources.compactMap { $0["name"] as? String }
        #expect(names.count == resources.count && Set(names).count == names.count, "resource names are not unique: \(names)")
        for n in names { #expect(n.range(of: #"^[a-z0-9._-]+$"#, options: .regularExpression) != nil, "resource name \(n)") }
        let tables = resources.filter { $0["format"] as? String == "csv" }
        let described = Set(tables.compactMap { $0["path"] as? String })
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") })
        #expect(described == present, "CSV files \(present.sorted()), described \(described.sorted())")
        var emptyNumbers = 0
        for table in tables {
            let path = try #require(table["path"] as? String)
            let schema = try #require(table["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            #expect(schema["missingValues"] as? [String] == [""])
            let csv = try CSVFile(try String(contentsOfFile: folder + "/" + path, encoding: .utf8))
            #expect(csv.columns == fields.compactMap { $0["name"] as? String }, "\(path): columns")
            let key = try #require(schema["primaryKey"] as? [String])
            var keys = Set<[String]>()
            for record in csv.records {
                #expect(keys.insert(key.map { csv.field(record, $0) }).inserted, "\(path): primary key repeated")
                for field in fields {
                    let name = field["name"] as? String ?? ""
                    let value = csv.field(record, name)
                    if value.isEmpty { if field["type"] as? String == "number" { emptyNumbers += 1 }; continue }
                    switch field["type"] as? String {
                    case "number": #expect(Double(value) != nil, "\(path): \(name) = \(value)")
                    case "integer": #expect(Int(value) != nil, "\(path): \(name) = \(value)")
                    case "datetime": #expect(value.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"#, options: .regularExpression) != nil,
                                             "\(path): \(name) = \(value)")
                    default: break
                    }
                }
            }
        }
        // Not a number is an empty field (the service level of no one served), which the schema says is missing.
        #expect(allowingNoEmptyNumbers || emptyNumbers > 0)
        return tables
    }

    @Test("summary.json carries the catalogue, the sweep labels and the manifest the horizon, run-off and start")
    func summaryAndManifest() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: Self.experiment(in: folder))
        _ = try run(plan, into: folder + "/out", jobs: 2)
        let read = try ResultsFolderReader(folder: folder + "/out").read()
        #expect(read.info("desk.utilization")?.upper == 1)
        #expect(read.info("desk.wait_mean")?.isHeadline == true)
        #expect(read.info("desk.wait_mean")?.definition == plan.catalogue.metric("desk.wait_mean")?.definition)
        #expect(read.label(sweep: ["10"]) == "lean")
        #expect(read.manifest?.start == "2026-11-11T08:00:00+08:00")
        #expect(read.manifest?.horizonSeconds == 200 && read.manifest?.runOffSeconds == 0)
        #expect(read.manifest?.description == "Agents for the desk.")
    }

    @Test("The table's rough mark follows the statistics' own threshold")
    func roughThreshold() {
        #expect(ResultsTable.roughBelow == ReplicationSummary.roughBelow)
    }
}
