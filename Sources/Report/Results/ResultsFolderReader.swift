import Foundation

/// Reads a results folder as `runway run` writes it today: `summary.csv` (or
/// `summary.json` without it), `summary.json`'s catalogue, table, sweep labels
/// and windows, `comparisons.csv`, `timeseries_summary.csv` (and
/// `timeseries.csv` when asked, or when the summary of the series is absent),
/// a goal's `goal.csv`, a staffing plan's `staffing.csv` and `manifest.json`,
/// each optional except a summary (which an answer's folder may lack when it
/// has `goal.csv` or `staffing.csv`). Empty fields are NaN.
/// This is the one place that knows the files' layout; the report and the
/// terminal table only see `LoadedResults`.
public struct ResultsFolderReader {
    /// The results folder's path.
    public let folder: String
    /// Whether to read every replication's series (`timeseries.csv`): for bands over replications.
    public var readsReplicationSeries: Bool

    /// A reader of `folder`; nothing is read until `read()`.
    public init(folder: String, readsReplicationSeries: Bool = false) {
        self.folder = folder
        self.readsReplicationSeries = readsReplicationSeries
    }

    /// A results folder that cannot be read, with the file at fault.
    public struct ReadError: Error, CustomStringConvertible, Equatable {
        /// `FILE[:LINE]: error: MESSAGE`, naming the file at fault.
        public let description: String
    }

    /// Reads the folder's files; throws a `ReadError` when the folder or a summary is missing, or a file is
    /// not UTF-8, not valid CSV or JSON, or lacks a needed column.
    public func read() throws -> LoadedResults {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReadError(description: "\(folder): error: no such results folder")
        }
        var results: LoadedResults
        let goal = try text("goal.csv").map { text in try csv("goal.csv", text) { try Self.goal($0) } }
        let staffing = try text("staffing.csv").map { text in try csv("staffing.csv", text) { try Self.staffing($0) } }
        if let text = try text("summary.csv") {
            results = try csv("summary.csv", text) { try Self.summary($0) }
        } else if let text = try text("summary.json") {
            results = try Self.summaryJSON(text, file: path("summary.json"))
        } else if goal != nil || staffing != nil {
            results = LoadedResults(experiment: "")
        } else {
            throw ReadError(description: Self.noSummary(in: folder))
        }
        results.goal = goal
        results.staffing = staffing
        if let text = try text("summary.json") {
            try Self.summaryExtras(text, file: path("summary.json"), into: &results)
        }
        if let text = try text("comparisons.csv") {
            results.comparisons = try csv("comparisons.csv", text) { try Self.comparisons($0) }
        }
        if let text = try text("timeseries_summary.csv") {
            results.timeseriesSummary = try csv("timeseries_summary.csv", text) { try Self.timeseriesSummary($0) }
        }
        if readsReplicationSeries || results.timeseriesSummary.isEmpty, let text = try text("timeseries.csv") {
            results.timeseries = try csv("timeseries.csv", text) { try Self.timeseries($0) }
        }
        if let text = try text("manifest.json") {
            results.manifest = try Self.manifest(text, file: path("manifest.json"))
        }
        if results.experiment.isEmpty {
            let answered = [goal?.experiment, staffing?.experiment].compactMap { $0 }.first { !$0.isEmpty }
            results.experiment = results.manifest?.experiment ?? answered ?? (folder as NSString).lastPathComponent
        }
        return results
    }

    /// Why a folder cannot be read: it holds none of the files results are read from.
    static func noSummary(in folder: String) -> String {
        "\(folder): error: no summary.csv, summary.json, goal.csv or staffing.csv here "
            + "(the results of `runway run` have one of them)"
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private func text(_ name: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: path(name)) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(description: "\(path(name)): error: not UTF-8 text")
        }
        return text
    }

    private func csv<T>(_ name: String, _ text: String, _ read: (CSVFile) throws -> T) throws -> T {
        do {
            return try read(try CSVFile(text))
        } catch let e as CSVRecords.SyntaxError {
            throw ReadError(description: "\(path(name)):\(e.line): error: \(e.message)")
        } catch let e as ReadError {
            throw ReadError(description: "\(path(name)): error: \(e.description)")
        }
    }

    // MARK: - Files

    static func require(_ file: CSVFile, _ columns: [String]) throws {
        let missing = columns.filter { !file.has($0) }
        guard missing.isEmpty else { throw ReadError(description: "missing column(s) \(missing.joined(separator: ", "))") }
    }

    static func variant(_ file: CSVFile, _ record: [String], sweep: [String]) -> Variant {
        Variant(scenario: file.field(record, "scenario"), sweep: sweep.map { file.field(record, $0) })
    }

    static func summary(_ file: CSVFile) throws -> LoadedResults {
        try require(file, ["scenario", "metric", "mean"])
        let sweep = file.columns(between: "scenario", and: "metric")
        let rows = file.records.map { r in
            SummaryRow(variant: variant(file, r, sweep: sweep), metric: file.field(r, "metric"), unit: file.field(r, "unit"),
                       mean: file.number(r, "mean"), sd: file.number(r, "sd"), low: file.number(r, "ci95_low"),
                       high: file.number(r, "ci95_high"), n: Int(file.field(r, "n")) ?? 0)
        }
        return LoadedResults(experiment: file.records.first.map { file.field($0, "experiment") } ?? "",
                             sweepColumns: sweep, summary: rows)
    }

    static func comparisons(_ file: CSVFile) throws -> [ComparisonRow] {
        try require(file, ["scenario", "baseline", "metric", "difference"])
        let sweep = file.columns(between: "baseline", and: "metric")
        return file.records.map { r in
            ComparisonRow(variant: variant(file, r, sweep: sweep), baseline: file.field(r, "baseline"), metric: file.field(r, "metric"),
                          unit: file.field(r, "unit"), baselineMean: file.number(r, "baseline_mean"),
                          scenarioMean: file.number(r, "scenario_mean"), difference: file.number(r, "difference"),
                          low: file.number(r, "ci95_low"), high: file.number(r, "ci95_high"), n: Int(file.field(r, "n")) ?? 0)
        }
    }

    static func timeseries(_ file: CSVFile) throws -> [TimeseriesRow] {
        try require(file, ["scenario", "replication", "bucket_start_s", "metric", "value"])
        let sweep = file.columns(between: "scenario", and: "replication")
        return file.records.map { r in
            TimeseriesRow(variant: variant(file, r, sweep: sweep), replication: Int(file.field(r, "replication")),
                          bucketStart: file.field(r, "bucket_start"), bucketStartSeconds: file.number(r, "bucket_start_s"),
                          metric: file.field(r, "metric"), unit: file.field(r, "unit"), value: file.number(r, "value"))
        }
    }

    static func timeseriesSummary(_ file: CSVFile) throws -> [TimeseriesSummaryRow] {
        try require(file, ["scenario", "bucket_start_s", "metric", "mean"])
        let sweep = file.columns(between: "scenario", and: file.has("bucket_start") ? "bucket_start" : "bucket_start_s")
        return file.records.map { r in
            TimeseriesSummaryRow(variant: variant(file, r, sweep: sweep), bucketStart: file.field(r, "bucket_start"),
                                 bucketStartSeconds: file.number(r, "bucket_start_s"), metric: file.field(r, "metric"),
                                 unit: file.field(r, "unit"), mean: file.number(r, "mean"), low: file.number(r, "ci95_low"),
                                 high: file.number(r, "ci95_high"), n: Int(file.field(r, "n")) ?? 0)
        }
    }

    /// What `summary.json` adds to the CSV files: `catalogue` (metrics and
    /// series), `table`, and per scenario entry its sweep point's `label` and
    /// its `windows`. Absent keys leave their part empty.
    static func summaryExtras(_ text: String, file: String, into results: inout LoadedResults) throws {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw ReadError(description: "\(file): error: not a JSON object")
        }
        if let catalogue = root["catalogue"] as? [String: Any] {
            results.catalogue = (catalogue["metrics"] as? [[String: Any]] ?? []).map(metricInfo)
            results.seriesCatalogue = (catalogue["series"] as? [[String: Any]] ?? []).map(metricInfo)
        }
        if let table = root["table"] as? [String] { results.tableMetrics = table }
        let columns = results.sweepColumns
        for entry in root["scenarios"] as? [[String: Any]] ?? [] {
            let sweep = (entry["sweep"] as? [String: Any]) ?? [:]
            let values = columns.map { sweep[$0].map(jsonText) ?? "" }
            if let label = entry["label"] as? String { results.sweepLabels[LoadedResults.sweepKey(values)] = label }
            // The variant as the CSV files spell it (a number as `12`, not `12.0`).
            let key = LoadedResults.sweepKey(values)
            let spelled = results.variants.first { $0.scenario == entry["name"] as? String && LoadedResults.sweepKey($0.sweep) == key }
            let v = spelled ?? Variant(scenario: entry["name"] as? String ?? "", sweep: values)
            for w in entry["windows"] as? [[String: Any]] ?? [] {
                results.windows.append(ResultWindow(variant: v, label: w["label"] as? String ?? "", kind: w["kind"] as? String ?? "",
                                                    start: number(w["start_s"]), end: number(w["end_s"])))
            }
        }
    }

    static func metricInfo(_ m: [String: Any]) -> MetricInfo {
        MetricInfo(name: m["name"] as? String ?? "", family: m["family"] as? String, unit: m["unit"] as? String ?? "",
                   lower: (m["lower"] as? NSNumber)?.doubleValue ?? -.infinity, upper: (m["upper"] as? NSNumber)?.doubleValue ?? .infinity,
                   kind: m["kind"] as? String ?? "", definition: m["definition"] as? String ?? "",
                   isHeadline: (m["headline"] as? Bool) ?? false)
    }

    /// `summary.json`: `{"experiment", "scenarios": [{"name", "sweep": {…}, "metrics": {NAME: {unit, mean, sd, ci95_low, ci95_high, n}}}]}`.
    /// Key order is not kept by Foundation, so metrics are sorted by name here.
    static func summaryJSON(_ text: String, file: String) throws -> LoadedResults {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let scenarios = root["scenarios"] as? [[String: Any]] else {
            throw ReadError(description: "\(file): error: not a summary ({\"experiment\", \"scenarios\": […]})")
        }
        let sweepColumns = ((scenarios.first?["sweep"] as? [String: Any]) ?? [:]).keys.sorted()
        var rows: [SummaryRow] = []
        for s in scenarios {
            let sweep = (s["sweep"] as? [String: Any]) ?? [:]
            let v = Variant(scenario: s["name"] as? String ?? "", sweep: sweepColumns.map { sweep[$0].map(jsonText) ?? "" })
            let metrics = (s["metrics"] as? [String: Any]) ?? [:]
            for name in metrics.keys.sorted() {
                let m = metrics[name] as? [String: Any] ?? [:]
                rows.append(SummaryRow(variant: v, metric: name, unit: m["unit"] as? String ?? "", mean: number(m["mean"]),
                                       sd: number(m["sd"]), low: number(m["ci95_low"]), high: number(m["ci95_high"]),
                                       n: (m["n"] as? NSNumber)?.intValue ?? 0))
            }
        }
        return LoadedResults(experiment: root["experiment"] as? String ?? "", sweepColumns: sweepColumns, summary: rows)
    }

    static func manifest(_ text: String, file: String) throws -> ManifestInfo {
        guard let m = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw ReadError(description: "\(file): error: not a JSON object")
        }
        let inputs = (m["input_files"] as? [[String: Any]] ?? []).map {
            ManifestInfo.InputFile(path: $0["path"] as? String ?? "", sha256: $0["sha256"] as? String ?? "")
        }
        var info = ManifestInfo(runwayVersion: m["runway_version"] as? String, gitCommit: m["git_commit"] as? String,
                                experiment: m["experiment"] as? String, inputFiles: inputs, seed: m["seed"].map(jsonText),
                                replications: (m["replications"] as? NSNumber)?.intValue, scenarios: m["scenarios"] as? [String] ?? [],
                                runs: (m["runs"] as? NSNumber)?.intValue, commandLine: m["command_line"] as? [String] ?? [],
                                started: m["started"] as? String, finished: m["finished"] as? String,
                                wallSeconds: (m["wall_seconds"] as? NSNumber)?.doubleValue, events: (m["events"] as? NSNumber)?.intValue)
        info.description = m["description"] as? String
        info.model = m["model"] as? String
        info.start = m["start"] as? String
        info.horizonSeconds = (m["horizon_s"] as? NSNumber)?.doubleValue
        info.warmupSeconds = (m["warmup_s"] as? NSNumber)?.doubleValue
        info.runOffSeconds = (m["run_off_s"] as? NSNumber)?.doubleValue
        info.bucketSeconds = (m["timeseries_bucket_s"] as? NSNumber)?.doubleValue
        return info
    }

    private static func number(_ any: Any?) -> Double { (any as? NSNumber)?.doubleValue ?? .nan }

    /// A JSON scalar as text (`12`, `0.5`, `waves`).
    private static func jsonText(_ any: Any) -> String {
        if let s = any as? String { return s }
        if let n = any as? NSNumber {
            // Whole numbers as their digits (a seed may exceed 2^53); others in the shortest form.
            let text = n.stringValue
            if !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "-" }) { return text }
            let d = n.doubleValue
            if d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) }
            return "\(d)"
        }
        return "\(any)"
    }
}
