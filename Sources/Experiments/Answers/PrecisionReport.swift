import SimulationKernel

/// How tight each interval `replications: {until: …}` names is, in every
/// scenario and sweep point, after a stage of replications — and how many
/// replications the next stage takes.
///
/// Every variant gets the same replications (the plan stays a rectangle, and
/// paired comparisons between scenarios keep every replication). Stages are
/// decided from the results alone, never from timing, so the same inputs give
/// the same stages, and byte-identical results, for any `--jobs`.
public struct PrecisionReport: Sendable {
    /// One target at one variant.
    public struct Row: Sendable {
        /// The scenario and sweep point (a variant of the plan).
        public let variant: Int
        /// The target from `until`.
        public let target: PrecisionTarget
        /// The metric over the stage's replications.
        public let summary: ReplicationSummary
        /// Whether the 95% half-width is within the target.
        public let isMet: Bool
        /// Whether any replication measured the metric (a metric never measured cannot be made precise).
        public var isMeasured: Bool { summary.n > 0 }
    }

    /// Every target at every variant, variant by variant.
    public let rows: [Row]
    /// Replications of the stage.
    public let replications: Int
    /// The rule the report judges against.
    public let rule: ReplicationRule

    /// The report of `results` against `rule`.
    public init(_ results: ExperimentResults, rule: ReplicationRule) {
        self.rule = rule
        replications = results.plan.experiment.replications
        var rows: [Row] = []
        for v in results.plan.variants.indices {
            let summaries = Dictionary(results.summaries(variant: v).map { ($0.name, $0.summary) }, uniquingKeysWith: { a, _ in a })
            for target in rule.until {
                let s = summaries[target.metric] ?? ReplicationSummary([])
                rows.append(Row(variant: v, target: target, summary: s, isMet: target.isMet(by: s)))
            }
        }
        self.rows = rows
    }

    /// Whether every measured interval is tight enough.
    public var isMet: Bool { rows.allSatisfy { $0.isMet || !$0.isMeasured } }

    /// The next stage's replications, or nil to stop (all tight, or `max` reached).
    ///
    /// The half-width shrinks as 1/√n, so n·(h/w)² replications would bring
    /// h to w (Law 2015, Simulation Modeling and Analysis, §9.4.1); the next
    /// stage takes the largest such need, at least one more and at most twice
    /// as many (early variance estimates are rough), within `max`.
    public var nextReplications: Int? {
        guard !isMet, replications < rule.max else { return nil }
        var need = replications + 1
        for row in rows where !row.isMet && row.isMeasured {
            let h = row.summary.halfWidth95
            let w = row.target.allowedHalfWidth(mean: row.summary.mean)
            if h.isFinite && w > 0 {
                need = max(need, Int((Double(replications) * (h / w) * (h / w)).rounded(.up)))
            } else {
                need = 2 * replications
            }
        }
        return min(rule.max, min(2 * replications, need))
    }

    /// `precision.csv`: each target at each scenario and sweep point: the
    /// metric's unit, mean and 95% half-width (absolute and relative to the
    /// mean), the target's kind and value (a number: in the metric's unit for
    /// a half-width, a fraction of the mean for a relative one), the
    /// half-width it allows, the replications and whether it was met.
    public func csv(_ results: ExperimentResults) -> String {
        let plan = results.plan
        let catalogue = plan.catalogue
        var table = CSVTable(header: ["experiment", "scenario"] + plan.sweepColumns
                             + ["metric", "unit", "mean", "half_width", "relative_half_width", "target_kind", "target",
                                "allowed_half_width", "replications", "n", "met"])
        for row in rows {
            let variant = plan.variants[row.variant]
            let h = row.summary.halfWidth95
            let relative = row.summary.mean != 0 ? h / abs(row.summary.mean) : .nan
            table.append([plan.experiment.name, variant.scenarioName] + variant.sweepValues
                         + [row.target.metric, catalogue.metric(row.target.metric)?.unit.rawValue ?? "",
                            formatNumber(row.summary.mean), formatNumber(h), formatNumber(relative),
                            row.target.kind, formatNumber(row.target.targetValue),
                            formatNumber(row.target.allowedHalfWidth(mean: row.summary.mean)),
                            String(replications), String(row.summary.n),
                            row.isMet ? "yes" : row.isMeasured ? "no" : "not measured"])
        }
        return table.text
    }

    /// One line for the terminal, and one per interval still too wide.
    public func text(_ results: ExperimentResults) -> String {
        if isMet {
            return "replications until precise: every interval named in 'until' is tight after \(replications) replications\n"
        }
        let catalogue = results.plan.catalogue
        var lines = ["replications until precise: precision NOT reached — stopped at the most, \(replications) replications "
                     + "(max); the results are valid but less precise than asked; still too wide:"]
        for row in rows where !row.isMet {
            let variant = results.plan.variants[row.variant]
            var place = "scenario \(variant.scenarioName)"
            if !results.plan.sweepColumns.isEmpty {
                place += " [" + zip(results.plan.sweepColumns, variant.sweepValues).map { "\($0)=\($1)" }.joined(separator: ", ") + "]"
            }
            let unit = catalogue.metric(row.target.metric).map { $0.unit == .fraction ? "" : " " + $0.unit.rawValue } ?? ""
            let h = row.isMeasured ? "±" + ResultFiles.short(row.summary.halfWidth95) + unit : "not measured"
            let target: String
            switch row.target.width {
            case .absolute(let w): target = "±" + formatNumber(w) + unit
            case .relative(let r): target = "±" + formatNumber(r * 100) + "% of the mean"
            }
            lines.append("  \(place): \(row.target.metric) \(h), target \(target)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RunPlan {
    /// This plan with `n` replications of every variant.
    func replicating(_ n: Int) -> RunPlan {
        var experiment = self.experiment
        experiment.replications = n
        return RunPlan(experiment: experiment, variants: variants, sweepColumns: sweepColumns)
    }
}
