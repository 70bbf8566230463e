import SimulationKernel

/// A rerun compared with a baseline, metric by metric.
public struct BaselineCheck: Sendable {
    /// How to compare.
    public enum Mode: String, Sendable, CaseIterable {
        /// Byte-identical values (same build, same seeds).
        case exact
        /// Drift only beyond chance (Welch's t-test) and beyond a relative tolerance.
        case statistical
    }

    /// The verdict on one metric of one scenario.
    public struct Row: Sendable {
        /// The verdict: the same, drifted, in the baseline but no longer reported (`missing`), or reported
        /// but not in the baseline (`new`).
        public enum Status: String, Sendable { case same, drifted, missing, new }
        /// The variant, as `Baseline.label` names it.
        public let label: String
        /// The metric's name.
        public let metric: String
        /// The verdict.
        public let status: Status
        /// The baseline's values summarised (nil for a `new` metric).
        public let baseline: ReplicationSummary?
        /// The rerun's values summarised (nil for a `missing` metric).
        public let current: ReplicationSummary?
        /// (current − baseline) / |baseline|.
        public let relativeChange: Double?
        /// Welch's t-test p-value in [0, 1] (statistical mode; nil in exact mode and when the samples could
        /// not be compared).
        public let pValue: Double?
        /// Why it drifted, in words.
        public let reason: String
    }

    /// How the values were compared.
    public let mode: Mode
    /// One row per metric: the baseline's entries in order, each with its metrics then its new ones; then
    /// variants the baseline lacks.
    public let rows: [Row]

    /// Whether anything drifted, went missing or appeared.
    public var drifted: Bool { rows.contains { $0.status != .same } }

    /// Compares `results` with `baseline` under the experiment's `check:` settings.
    public init(baseline: Baseline, results: ExperimentResults, mode: Mode) {
        self.mode = mode
        let plan = results.plan
        let settings = plan.experiment.check
        var rows: [Row] = []
        let current = Dictionary(plan.variants.indices.map { (Baseline.label(plan, $0), $0) }, uniquingKeysWith: { a, _ in a })
        for entry in baseline.entries {
            guard let v = current[entry.label] else {
                for m in entry.metrics {
                    rows.append(Row(label: entry.label, metric: m.name, status: .missing, baseline: ReplicationSummary(m.values),
                                    current: nil, relativeChange: nil, pValue: nil, reason: "scenario or sweep point no longer in the experiment"))
                }
                continue
            }
            let now = Dictionary(results.summaries(variant: v).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            for m in entry.metrics {
                guard let c = now[m.name] else {
                    rows.append(Row(label: entry.label, metric: m.name, status: .missing, baseline: ReplicationSummary(m.values),
                                    current: nil, relativeChange: nil, pValue: nil, reason: "metric no longer reported"))
                    continue
                }
                rows.append(Self.compare(label: entry.label, name: m.name, old: m.values, new: c.values, mode: mode,
                                         alpha: settings.alpha, tolerance: settings.tolerance(for: m.name)))
            }
            let known = Set(entry.metrics.map(\.name))
            for c in results.summaries(variant: v) where !known.contains(c.name) {
                rows.append(Row(label: entry.label, metric: c.name, status: .new, baseline: nil, current: c.summary,
                                relativeChange: nil, pValue: nil, reason: "metric not in the baseline"))
            }
        }
        let labels = Set(baseline.entries.map(\.label))
        for v in plan.variants.indices where !labels.contains(Baseline.label(plan, v)) {
            for c in results.summaries(variant: v) {
                rows.append(Row(label: Baseline.label(plan, v), metric: c.name, status: .new, baseline: nil, current: c.summary,
                                relativeChange: nil, pValue: nil, reason: "scenario or sweep point not in the baseline"))
            }
        }
        self.rows = rows
    }

    static func compare(label: String, name: String, old: [Double], new: [Double], mode: Mode,
                        alpha: Double, tolerance: Double) -> Row {
        let a = ReplicationSummary(old)
        let b = ReplicationSummary(new)
        let change = a.mean == b.mean ? 0 : (b.mean - a.mean) / max(abs(a.mean), .leastNormalMagnitude)
        // A value measured on one side and not on the other (NaN, or an
        // infinity in a hand-edited baseline) is drift in either mode.
        if let r = zip(old, new).enumerated().first(where: { $0.element.0.isFinite != $0.element.1.isFinite }) {
            return Row(label: label, metric: name, status: .drifted, baseline: a, current: b, relativeChange: nil, pValue: nil,
                       reason: "replication \(r.offset): \(describe(r.element.0)) in the baseline, \(describe(r.element.1)) now")
        }
        switch mode {
        case .exact:
            let same = old.count == new.count && zip(old, new).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
            return Row(label: label, metric: name, status: same ? .same : .drifted, baseline: a, current: b,
                       relativeChange: change, pValue: nil,
                       reason: same ? "" : "values differ (replication \(zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)))")
        case .statistical:
            guard old.count == new.count else {
                return Row(label: label, metric: name, status: .drifted, baseline: a, current: b, relativeChange: change,
                           pValue: nil, reason: "\(old.count) replications in the baseline, \(new.count) now")
            }
            let p = WelchTest.pValue(old.filter(\.isFinite), new.filter(\.isFinite))
            let beyondChance = p < alpha
            let beyondTolerance = abs(change) > tolerance
            let drifted = beyondChance && beyondTolerance
            let reason = drifted
                ? String(format: "p = %.3g < %.3g and |change| = %.2f%% > %.2f%%", p, alpha, abs(change) * 100, tolerance * 100)
                : ""
            return Row(label: label, metric: name, status: drifted ? .drifted : .same, baseline: a, current: b,
                       relativeChange: change, pValue: p, reason: reason)
        }
    }

    static func describe(_ x: Double) -> String {
        x.isNaN ? "not a number" : x.isFinite ? "\(x)" : (x > 0 ? "+infinity" : "-infinity")
    }
}
