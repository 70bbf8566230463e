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

    public let experiment: String
    public let replications: Int
    public let seed: UInt64
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

    /// Reads a baseline file.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LocatedError("cannot read the baseline (run `runway baseline` first)", file: path)
        }
        guard let root = JSONValue.parse(String(decoding: data, as: UTF8.self)),
              let name = root["experiment"]?.string,
              let replications = root["replications"]?.double.map(Int.init),
              case .number(let seedText)? = root["seed"], let seed = UInt64(seedText),
              let items = root["entries"]?.array else {
            throw LocatedError("not a Runway baseline file", file: path)
        }
        experiment = name
        self.replications = replications
        self.seed = seed
        entries = try items.map { item in
            guard let label = item["label"]?.string, let metrics = item["metrics"]?.pairs else {
                throw LocatedError("a baseline entry lacks its label or metrics", file: path)
            }
            return Entry(label: label, metrics: metrics.map { name, m in
                (name, m["unit"]?.string ?? "", (m["values"]?.array ?? []).map { $0.double ?? .nan })
            })
        }
    }
}
