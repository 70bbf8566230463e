import Foundation

/// `datapackage.json`: a Frictionless Data Package (Table Schema) naming
/// every CSV file's columns with their types (`string`, `number`, `integer`,
/// `datetime`), units and missing values (an empty field is not a number), so
/// that pandas, R, frictionless or a spreadsheet load the files without guessing.
/// See https://specs.frictionlessdata.io/table-schema/.
enum DataPackage {
    /// A column: its name, Table Schema type, what it holds, and its unit when fixed.
    struct Field {
        var name: String
        var type: String
        var description: String
        /// A unit every value is in (`s`); nil where the row's `unit` column says.
        var unit: String? = nil
        /// The datetime pattern (strptime), for `datetime` columns.
        var format: String? = nil

        var json: String {
            var pairs = [("name", JSONText.string(name)), ("type", JSONText.string(type))]
            if let format { pairs.append(("format", JSONText.string(format))) }
            if let unit { pairs.append(("unit", JSONText.string(unit))) }
            pairs.append(("description", JSONText.string(description)))
            return JSONText.inlineObject(pairs)
        }
    }

    /// A CSV file of the results folder and its schema.
    struct Table {
        var name: String
        var description: String
        var fields: [Field]
        var primaryKey: [String]
    }

    /// The ISO-8601 stamps of `bucket_start` (`2017-08-07T08:00:00+08:00`), as a strptime pattern.
    static let stampFormat = "%Y-%m-%dT%H:%M:%S%z"

    /// The package for the files `runway run` writes for `plan`, in the order
    /// written (`precision.csv` too with `precision`: the run had an `until` rule).
    static func json(_ plan: RunPlan, precision: Bool = false) -> String {
        let experiment = plan.experiment
        var resources = tables(plan, precision: precision).map(resource)
        // Resource names are unique (the Data Package spec requires it): summary.csv is `summary`, summary.json `summary-json`.
        for (name, description) in [("summary.json", "the summary with the metric catalogue (definitions, units, ranges), sweep labels and chart windows"),
                                    ("manifest.json", "what made these results: version, inputs and their SHA-256, seed, horizon, run-off, start")] {
            resources.append(JSONText.object([
                ("name", JSONText.string(resourceName(name))), ("path", JSONText.string(name)),
                ("format", JSONText.string("json")), ("mediatype", JSONText.string("application/json")),
                ("encoding", JSONText.string("utf-8")), ("description", JSONText.string(description)),
            ], indent: 2))
        }
        var top = [("profile", JSONText.string("data-package")),
                   ("name", JSONText.string(packageName(experiment.name))),
                   ("title", JSONText.string(experiment.name))]
        if let d = experiment.description?.trimmingCharacters(in: .whitespacesAndNewlines), !d.isEmpty {
            top.append(("description", JSONText.string(d)))
        }
        top.append(("resources", JSONText.array(resources, indent: 1)))
        return JSONText.object(top) + "\n"
    }

    /// A Data Package name: lower case letters, digits, `-`, `_` and `.`.
    static func packageName(_ name: String) -> String {
        String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
    }

    /// A resource's name from its file's: `summary` for `summary.csv`,
    /// `summary-json` for `summary.json` (CSV files keep their bare names, as
    /// earlier packages named them), lower-case as the spec asks.
    static func resourceName(_ file: String) -> String {
        let name = file.hasSuffix(".csv") ? String(file.dropLast(4)) : file.replacingOccurrences(of: ".", with: "-")
        return packageName(name)
    }

    static func resource(_ t: Table) -> String {
        JSONText.object([
            ("name", JSONText.string(resourceName(t.name))),
            ("path", JSONText.string(t.name)),
            ("profile", JSONText.string("tabular-data-resource")),
            ("format", JSONText.string("csv")), ("mediatype", JSONText.string("text/csv")),
            ("encoding", JSONText.string("utf-8")),
            ("description", JSONText.string(t.description)),
            ("dialect", JSONText.inlineObject([("delimiter", JSONText.string(",")), ("lineTerminator", JSONText.string("\n")),
                                               ("quoteChar", JSONText.string("\"")), ("doubleQuote", "true"),
                                               ("header", "true")])),
            ("schema", JSONText.object([
                ("fields", JSONText.array(t.fields.map(\.json), indent: 4)),
                ("missingValues", JSONText.array([JSONText.string("")])),
                ("primaryKey", "[" + t.primaryKey.map(JSONText.string).joined(separator: ", ") + "]"),
            ], indent: 3)),
        ], indent: 2)
    }

    /// The CSV files of `plan`'s results with their columns (with `precision`, `precision.csv` too).
    static func tables(_ plan: RunPlan, precision: Bool = false) -> [Table] {
        let sweep = plan.sweepColumns.enumerated().map { i, column in
            let numeric = plan.variants.allSatisfy { v in i < v.sweepValues.count && Double(v.sweepValues[i])?.isFinite == true }
            return Field(name: column, type: numeric ? "number" : "string",
                         description: "the swept model path's value at this sweep point (units normalised: durations in seconds)")
        }
        let sweepKey = plan.sweepColumns
        let experiment = Field(name: "experiment", type: "string", description: "the experiment's name")
        let scenario = Field(name: "scenario", type: "string", description: "the scenario (the first is the baseline)")
        let metric = Field(name: "metric", type: "string", description: "the metric (summary.json's catalogue defines each)")
        let unit = Field(name: "unit", type: "string",
                         description: "the unit of the row's numbers: s, 1 (a fraction), RMB, per_s or a counted noun (orders, units …)")
        func number(_ name: String, _ description: String) -> Field { Field(name: name, type: "number", description: description) }
        let n = Field(name: "n", type: "integer", description: "replications that measured the metric")
        let bucket = [Field(name: "bucket_start", type: "datetime",
                            description: "start of the bucket on the wall clock of the experiment's start, with its UTC offset (empty without a start)",
                            format: stampFormat),
                      Field(name: "bucket_start_s", type: "number", description: "start of the bucket after the start of the run", unit: "s")]
        var tables = [
            Table(name: "summary.csv", description: "each metric's mean over replications with its 95% interval, per scenario and sweep point",
                  fields: [experiment, scenario] + sweep + [metric, unit,
                    number("mean", "mean over the replications that measured the metric (in the row's unit; empty: none did)"),
                    number("sd", "sample standard deviation over them (empty with fewer than two)"),
                    number("ci95_low", "low end of the 95% interval of the mean, within the metric's range (empty with fewer than two)"),
                    number("ci95_high", "high end of that interval"), n],
                  primaryKey: ["scenario"] + sweepKey + ["metric"]),
            Table(name: "replications.csv", description: "every replication's value of every metric",
                  fields: [experiment, scenario] + sweep + [
                    Field(name: "replication", type: "integer", description: "replication number; the same number uses the same random numbers in every scenario"),
                    Field(name: "seed", type: "integer", description: "the experiment's seed"),
                    metric, unit, number("value", "the value in that replication, in the row's unit (empty: nothing measured)")],
                  primaryKey: ["scenario"] + sweepKey + ["replication", "metric"]),
        ]
        if plan.experiment.scenarios.count > 1 {
            tables.append(Table(name: "comparisons.csv", description: "each scenario's paired difference from the baseline at the same sweep point",
                                fields: [experiment, scenario, Field(name: "baseline", type: "string", description: "the baseline scenario")]
                                    + sweep + [metric, unit,
                                    number("baseline_mean", "the baseline's mean"), number("scenario_mean", "the scenario's mean"),
                                    number("difference", "mean of the paired differences, scenario − baseline"),
                                    number("ci95_low", "low end of the paired 95% interval of the difference"),
                                    number("ci95_high", "high end of that interval"),
                                    Field(name: "n", type: "integer", description: "pairs in which both sides measured the metric")],
                                primaryKey: ["scenario"] + sweepKey + ["metric"]))
        }
        if precision {
            tables.append(Table(name: "precision.csv",
                                description: "each metric named in replications.until at each scenario and sweep point: its 95% half-width against the target",
                                fields: [experiment, scenario] + sweep + [metric, unit,
                                    number("mean", "the metric's mean over the replications, in the row's unit"),
                                    number("half_width", "the 95% half-width of that mean, in the row's unit (empty with fewer than two)"),
                                    number("relative_half_width", "the half-width divided by the mean's magnitude (empty for a mean of 0)"),
                                    Field(name: "target_kind", type: "string",
                                          description: "half-width (the target is in the row's unit) or relative-half-width (a fraction of the mean)"),
                                    number("target", "the most half-width asked for: in the row's unit, or as a fraction of the mean (0.02 for 2%)"),
                                    number("allowed_half_width", "the half-width the target allows at this mean, in the row's unit"),
                                    Field(name: "replications", type: "integer", description: "replications run (the same in every row)"),
                                    n,
                                    Field(name: "met", type: "string",
                                          description: "yes; no when max stopped the run first; not measured when no replication measured it")],
                                primaryKey: ["scenario"] + sweepKey + ["metric"]))
        }
        if plan.experiment.outputs.seriesBucket != nil {
            tables.append(Table(name: "timeseries.csv", description: "every bucket of every recorded series in every replication",
                                fields: [experiment, scenario] + sweep
                                    + [Field(name: "replication", type: "integer", description: "replication number")] + bucket
                                    + [metric, unit, number("value", "the bucket's value, in the row's unit (empty: nothing measured)")],
                                primaryKey: ["scenario"] + sweepKey + ["replication", "bucket_start_s", "metric"]))
            tables.append(Table(name: "timeseries_summary.csv", description: "each bucket's mean over replications with its 95% interval",
                                fields: [experiment, scenario] + sweep + bucket + [metric, unit,
                                    number("mean", "the bucket's mean over replications"),
                                    number("ci95_low", "low end of its 95% interval, within the series' range"),
                                    number("ci95_high", "high end of that interval"),
                                    Field(name: "n", type: "integer", description: "replications with a value")],
                                primaryKey: ["scenario"] + sweepKey + ["bucket_start_s", "metric"]))
        }
        // Tables the model kind declares (a row per brand …), as `BreakdownFiles` writes them.
        for breakdown in plan.catalogue.breakdowns {
            let keys = breakdown.keyColumns.enumerated().map { i, column in
                let whole = plan.variants.allSatisfy { v in
                    v.model.metricCatalogue.breakdowns.first { $0.name == breakdown.name }?.rows.allSatisfy { i < $0.count && Int($0[i]) != nil } ?? true
                }
                return Field(name: column, type: whole ? "integer" : "string", description: "identifies the row: \(breakdown.definition)")
            }
            tables.append(Table(name: breakdown.name + ".csv",
                                description: "per scenario, sweep point and row (\(breakdown.definition)), each column's mean over replications with its 95% interval",
                                fields: [experiment, scenario] + sweep + keys + [
                                    Field(name: "metric", type: "string",
                                          description: "the table's column (summary.json's catalogue defines each under its breakdowns)"), unit,
                                    number("mean", "the column's mean over the replications that measured it (in the row's unit)"),
                                    number("sd", "sample standard deviation over them (empty with fewer than two)"),
                                    number("ci95_low", "low end of the 95% interval of the mean, within the column's range (empty with fewer than two)"),
                                    number("ci95_high", "high end of that interval"), n],
                                primaryKey: ["scenario"] + sweepKey + breakdown.keyColumns + ["metric"]))
        }
        return tables
    }
}
