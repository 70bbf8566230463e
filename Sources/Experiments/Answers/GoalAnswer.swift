import Report
import SimulationKernel

/// A goal's answer for every scenario: `goal.csv` and the terminal text.
public struct GoalAnswer: Sendable {
    /// The experiment asked.
    public let experiment: ExperimentSpec
    /// Its goal.
    public let goal: GoalSpec
    /// What the search found in each scenario, in file order.
    public let outcomes: [GoalOutcome]
    /// Units of the constrained metrics, by name.
    let units: [String: MetricUnit]

    /// Whether every scenario has a point shown feasible (else `runway run` exits 1).
    public var isFeasible: Bool { outcomes.allSatisfy { $0.chosen != nil } }

    /// Replications spent over all scenarios.
    public var runs: Int { outcomes.reduce(0) { $0 + $1.runs } }

    /// `goal.csv`: a row per scenario, point evaluated and constraint (tidy
    /// long format), with the point's values, cost, replications and verdict,
    /// the constraint's mean and one-sided bounds at the confidence and its
    /// verdict, and which point was chosen (and the runner-up).
    public var csv: String {
        var table = CSVTable(header: ["experiment", "scenario", "candidate"] + goal.variables.map(\.name)
                             + ["cost", "replications", "feasible", "choice", "constraint", "metric", "relation", "target",
                                "unit", "mean", "sd", "n", "confidence", "lower_bound", "upper_bound", "verdict"])
        for outcome in outcomes {
            for p in outcome.points {
                let choice = p.indices == outcome.chosen?.indices ? "chosen" : p.indices == outcome.runnerUp?.indices ? "runner-up" : ""
                let prefix = [experiment.name, outcome.scenarioName, String(p.sequence)]
                    + zip(goal.variables, p.indices).map { $0.display($1) }
                    + [formatNumber(p.cost), String(p.replications), Self.word(p.verdict), choice]
                for e in p.estimates {
                    table.append(prefix + [e.constraint.text, e.constraint.metric, e.constraint.relation.rawValue,
                                           formatNumber(e.constraint.target), units[e.constraint.metric]?.rawValue ?? "",
                                           formatNumber(e.summary.mean), formatNumber(e.summary.sd), String(e.summary.n),
                                           formatNumber(goal.confidence), formatNumber(e.lower), formatNumber(e.upper),
                                           e.verdict.rawValue])
                }
            }
        }
        return table.text
    }

    /// `yes`, `no` or `undecided` for a point.
    static func word(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: return "yes"
        case .fails: return "no"
        case .undecided: return "undecided"
        }
    }

    /// The answer as the terminal prints it.
    public var text: String {
        let level = formatNumber(goal.confidence * 100) + "%"
        var lines: [String] = []
        for o in outcomes {
            let how: String
            switch o.method {
            case .bisection: how = "bisection over \(goal.variables[0].name) (every constraint monotone in it)"
            case .patternSearch: how = "pattern search from the most generous point (every constraint monotone in every input)"
            case .scan: how = "a scan of the grid's \(o.gridSize) points in order of cost (not every constraint is declared monotone)"
            case .coarseGrid:
                how = "a coarse grid of \(o.coarseSize) of the grid's \(o.gridSize) points, then a pattern search from its cheapest "
                    + "feasible point (not every constraint is declared monotone)"
            }
            lines.append("scenario \(o.scenarioName): \(StaffingAnswer.count(o.points.count, "point")) evaluated by \(how), "
                         + StaffingAnswer.count(o.runs, "replication"))
            if let chosen = o.chosen {
                lines.append("  answer: \(describe(chosen)), cost \(ResultFiles.short(chosen.cost))")
                for e in chosen.estimates { lines.append("    " + describe(e, level: level)) }
                if let r = o.runnerUp {
                    lines.append("  runner-up: \(describe(r)), cost \(ResultFiles.short(r.cost))")
                }
                // The cheaper neighbours that were not shown feasible, and why.
                let cheaper = o.points.filter { $0.verdict != .holds && GoalPoint.cheaper($0, chosen) }
                    .sorted(by: GoalPoint.cheaper).suffix(1)
                for p in cheaper {
                    let reason = p.estimates.first { $0.verdict == .fails } ?? p.estimates.first { $0.verdict == .undecided }
                    lines.append("  next cheaper tried: \(describe(p)): " + (reason.map { describe($0, level: level) } ?? ""))
                }
            } else if o.isMonotone, let g = o.generous {
                // Every constraint is monotone the right way in every input: the most generous point is the most capable.
                if g.verdict == .fails {
                    lines.append("  no point can meet every constraint: each is declared monotone in every varied input, and at the "
                                 + "most generous point (\(describe(g)), \(g.replications) replications) one fails")
                } else {
                    lines.append("  no point was shown to meet every constraint: each is declared monotone in every varied input, and "
                                 + "the most generous point (\(describe(g)), \(g.replications) replications) is not shown feasible")
                }
                for e in g.estimates where e.verdict != .holds { lines.append("    " + describe(e, level: level)) }
            } else {
                let scope = o.points.count == o.gridSize ? "the whole grid"
                    : "of the grid's \(o.gridSize); not every constraint is declared monotone, so this does not show that none is"
                lines.append("  no point of the \(o.points.count) evaluated was shown feasible (\(scope))")
                for (k, c) in goal.constraints.enumerated() {
                    let verdicts = o.points.map { $0.estimates[k].verdict }
                    let fails = verdicts.filter { $0 == .fails }.count
                    let undecided = verdicts.filter { $0 == .undecided }.count
                    lines.append("    \(c.text): fails at \(fails), undecided at \(undecided), holds at "
                                 + "\(verdicts.count - fails - undecided) of the \(verdicts.count) points")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ p: GoalPoint) -> String {
        zip(goal.variables, p.indices).map { "\($0.name) = \($0.display($1))" }.joined(separator: ", ")
    }

    private func describe(_ e: ConstraintEstimate, level: String) -> String {
        // Planners' units, as the results table writes them: 23.3 h, 97.2%, 96.6k.
        let unit = PlannerUnit(units[e.constraint.metric]?.rawValue ?? "")
        // A failure rests on the opposite bound: the lower one for `<=`.
        let upper = (e.constraint.relation == .atMost) == (e.verdict != .fails)
        let boundName = upper ? "upper" : "lower"
        let what: String
        switch e.verdict {
        case .holds: what = "holds"
        case .fails: what = "fails"
        case .undecided: what = e.summary.n < 2 ? "undecided (not measured)" : "undecided: its interval straddles the target"
        }
        return "\(e.constraint.text): mean \(unit.format(e.summary.mean)), \(level) \(boundName) bound "
            + "\(unit.format(upper ? e.upper : e.lower)) (n = \(e.summary.n)) — \(what)"
    }
}
