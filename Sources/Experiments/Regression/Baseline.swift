import Foundation
import ModelSpec
import SimulationKernel

/// Every replication's value of every metric of an experiment, stored so that
/// a later run can be checked against it (`runway baseline`, `runway check`).
public struct Baseline: Sendable {
    /// One scenario at one sweep point.
    public struct Entry: Sendable {
        /// `scenario` or `scenario [path=value, …]`: how variants are matched.
        public let label: String
        /// Metric name → (unit, values by replication), in the model's order.
        public let metrics: [(name: String, unit: String, values: [Double])]
    }

    /// The experiment's name.
    public let experiment: String
    /// Replications per variant the values were taken over.
    public let replications: Int
    /// The experiment's seed; `runway check` reruns with it and with these replications.
    public let seed: UInt64
    /// One entry per variant, in plan order (scenario-major, then sweep point).
    public let entries: [Entry]

    /// The baseline of finished `results`.
    public init(results: ExperimentResults) {
        let plan = results.plan
        experiment = plan.experiment.name
        replications = plan.experiment.replications
        seed = plan.experiment.seed
        entries = plan.variants.indices.map { v in
            Entry(label: Self.label(plan, v),
                  metrics: results.summaries(variant: v).map { ($0.name, $0.unit.rawValue, $0.values) })
        }
    }

    /// The label that identifies variant `v` across runs.
    public static func label(_ plan: RunPlan, _ v: Int) -> String {
        let variant = plan.variants[v]
        guard !plan.sweepColumns.isEmpty else { return variant.scenarioName }
        return variant.scenarioName + " [" + zip(plan.sweepColumns, variant.sweepValues).map { "\($0)=\($1)" }.joined(separator: ", ") + "]"
    }

    /// The baseline file: the values, and the manifest of the run that made them.
    public func json(manifest: String) -> String {
        let items = entries.map { e in
            JSONText.object([
                ("label", JSONText.string(e.label)),
                ("metrics", JSONText.object(e.metrics.map { m in
                    (m.name, JSONText.inlineObject([
                        ("unit", JSONText.string(m.unit)),
                        ("values", "[" + m.values.map { JSONText.number($0) }.joined(separator: ", ") + "]"),
                    ]))
                }, indent: 3)),
            ], indent: 2)
        }
        return JSONText.object([
            ("experiment", JSONText.string(experiment)),
            ("replications", String(replications)),
            ("seed", String(seed)),
            ("entries", JSONText.array(items, indent: 1)),
            ("manifest", manifest.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "\n  ")),
        ]) + "\n"
    }

    /// The most runs `runway baseline` and `runway check` take: they hold
    /// every run in memory, and a baseline file every replication's values.
    public static let maximumRuns = 100_000

    /// Refuses a plan with more runs than a baseline holds, at its `replications`.
    public static func requireHeld(_ plan: RunPlan) throws {
        // A goal or a staffing question decides its runs as it searches: there is no fixed set to hold.
        if let section = plan.experiment.goal?.node ?? plan.experiment.staffing?.node {
            throw section.error("`runway baseline` and `runway check` compare fixed runs; this experiment searches (answer it with `runway run`)")
        }
        guard plan.runs.count > maximumRuns else { return }
        let message = "\(plan.runs.count) runs are more than the \(maximumRuns) that `runway baseline` and `runway check` hold in memory"
        if let node = plan.experiment.replicationsNode { throw node.error(message) }
        throw LocatedError(message, file: plan.experiment.inputFiles.first)
    }

    /// The form of a baseline file, as `JSONDecoder` reads it.
    private struct File: Decodable {
        struct Entry: Decodable {
            struct Metric: Decodable {
                let unit: String
                let values: [Double?]
            }
            let label: String
            let metrics: [String: Metric]
        }
        let experiment: String
        let replications: Int
        let seed: UInt64
        let entries: [Entry]
    }

    /// Reads a baseline file, checking it field by field: replications
    /// between 1 and `maximumRuns`, at least one entry, labels unique, each
    /// metric with a unit and one value (or null) per replication. Every
    /// mistake is an error naming the file (exit status 2), never a crash
    /// or a report of drift.
    public init(path: String) throws {
        guard let bytes = FileSystem.contents(of: path) else {
            throw LocatedError("cannot read the baseline (run `runway baseline` first)", file: path)
        }
        let file = try JSONFile.decode(File.self, from: bytes, file: path)
        func bad(_ message: String) -> LocatedError { LocatedError("not a usable baseline: \(message)", file: path) }
        guard file.replications >= 1 else { throw bad("replications must be at least 1, found \(file.replications)") }
        guard file.replications <= Self.maximumRuns else {
            throw bad("replications \(file.replications) is more than the \(Self.maximumRuns) runs a baseline holds")
        }
        guard !file.entries.isEmpty else { throw bad("it has no entries") }
        var labels = Set<String>()
        for entry in file.entries {
            guard labels.insert(entry.label).inserted else { throw bad("the entry '\(entry.label)' appears twice") }
            guard !entry.metrics.isEmpty else { throw bad("the entry '\(entry.label)' has no metrics") }
            for (name, metric) in entry.metrics where metric.values.count != file.replications {
                throw bad("'\(entry.label)' \(name) has \(metric.values.count) values for \(file.replications) replications")
            }
        }
        experiment = file.experiment
        replications = file.replications
        seed = file.seed
        entries = file.entries.map { entry in
            Entry(label: entry.label, metrics: entry.metrics.keys.sorted().map { name in
                let m = entry.metrics[name]!
                return (name, m.unit, m.values.map { $0 ?? .nan })
            })
        }
    }

    private init(experiment: String, replications: Int, seed: UInt64, entries: [Entry]) {
        self.experiment = experiment
        self.replications = replications
        self.seed = seed
        self.entries = entries
    }

    /// This baseline checked against the experiment `plan` (run with its
    /// replications and seed), with each entry's metrics in the catalogue's
    /// order: the experiment's name must be the baseline's, and where a
    /// scenario and sweep point are in both, the metrics and their units
    /// must be the same (a model that reports other metrics needs a new
    /// baseline: `runway baseline`). A scenario or sweep point in only one
    /// of them is left to the check, which reports it as drift.
    public func checked(against plan: RunPlan, file: String) throws -> Baseline {
        func bad(_ message: String) -> LocatedError { LocatedError(message, file: file) }
        guard experiment == plan.experiment.name else {
            throw bad("this is the baseline of experiment '\(experiment)', not of '\(plan.experiment.name)'")
        }
        let variants = Dictionary(plan.variants.indices.map { (Self.label(plan, $0), $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = try entries.map { entry -> Entry in
            guard let v = variants[entry.label] else { return entry }
            let catalogue = plan.variants[v].model.metricCatalogue.metrics
            let stored = Dictionary(entry.metrics.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let missing = catalogue.map(\.name).filter { stored[$0] == nil }
            let extra = entry.metrics.map(\.name).filter { name in !catalogue.contains { $0.name == name } }
            guard missing.isEmpty && extra.isEmpty else {
                var parts: [String] = []
                if !missing.isEmpty { parts.append("the model now reports \(missing.prefix(3).joined(separator: ", ")) too") }
                if !extra.isEmpty { parts.append("it no longer reports \(extra.prefix(3).joined(separator: ", "))") }
                throw bad("'\(entry.label)': the baseline holds other metrics than the experiment (\(parts.joined(separator: "; "))); "
                          + "store a new baseline with `runway baseline` if the change is meant")
            }
            return Entry(label: entry.label, metrics: try catalogue.map { d in
                let m = stored[d.name]!
                guard m.unit == d.unit.rawValue else {
                    throw bad("'\(entry.label)' \(d.name): unit '\(m.unit)' in the baseline, '\(d.unit.rawValue)' now")
                }
                return m
            })
        }
        return Baseline(experiment: experiment, replications: replications, seed: seed, entries: ordered)
    }
}
