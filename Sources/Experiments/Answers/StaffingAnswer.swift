import Foundation
import ModelSpec
import Report
import SimulationKernel

/// Staffing's answer for every scenario: `staffing.csv`, the plan as an
/// experiment file (`staffing-plan.yaml`) and the terminal text.
public struct StaffingAnswer {
    /// The experiment asked.
    public let experiment: ExperimentSpec
    let setup: StaffingSetup
    let outcomes: [StaffingOutcome]

    /// Whether every interval of every scenario meets the target.
    public var meetsTarget: Bool { outcomes.allSatisfy { $0.figures.failing.isEmpty } }

    /// Replications simulated over all scenarios.
    public var runs: Int { outcomes.reduce(0) { $0 + $1.runs } }

    /// Each scenario's plan, staff by interval.
    public var plans: [String: [Int]] {
        Dictionary(uniqueKeysWithValues: outcomes.map { ($0.scenarioName, $0.plan.staff) })
    }

    /// The target as a phrase: `delayed fraction ≤ 20%`, `service level ≥ 80% within 30 s`.
    var targetText: String {
        switch setup.spec.target {
        case .delayedFraction(let s): return "delayed fraction ≤ \(formatNumber(s * 100))%"
        case .serviceLevel(let s, let w): return "service level ≥ \(formatNumber(s * 100))% within \(Self.duration(w))"
        }
    }

    /// `staffing.csv`: a row per scenario and interval: its start (ISO-8601
    /// with the experiment's `start`, and seconds), end, staff and servers,
    /// the target metric's mean over the replications with its 95% interval,
    /// whether it meets the target (empty where nobody arrived in any
    /// replication, so nothing was measured), the offered load (busy servers under the
    /// generous first plan) and the mean arrivals; then, for the report, the
    /// target's relation (`>=` for a service level, `<=` for a delayed
    /// fraction), a service level's answer time in seconds (empty otherwise)
    /// and the scenario's best constant staffing (empty: none within the range).
    public var csv: String {
        var table = CSVTable(header: ["experiment", "scenario", "pool", "interval_start", "interval_start_s", "interval_end_s",
                                      "staff", "servers", "metric", "target", "mean", "ci95_low", "ci95_high", "n", "meets",
                                      "offered_load", "arrivals", "relation", "within_s", "constant_staff"])
        let k = setup.snapshotsPerInterval
        let (relation, within): (String, String)
        switch setup.spec.target {
        case .delayedFraction: (relation, within) = ("<=", "")
        case .serviceLevel(_, let w): (relation, within) = (">=", formatNumber(w))
        }
        for o in outcomes {
            for j in 0..<setup.intervals {
                let from = Double(j) * setup.spec.interval
                let s = o.figures.summary(j)
                let interval = s.interval95(in: .unitInterval)
                let arrivals = o.figures.arrivals[j * k..<(j + 1) * k].reduce(0, +)
                table.append([experiment.name, o.scenarioName, setup.pool.name, experiment.start?.iso8601(after: from) ?? "",
                              formatNumber(from), formatNumber(min(setup.end, from + setup.spec.interval)),
                              String(o.plan.staff[j]), String(o.plan.staff[j] * setup.pool.serversPerStaff), setup.targetName,
                              formatNumber(setup.spec.share), formatNumber(s.mean), formatNumber(interval.low),
                              formatNumber(interval.high), String(s.n), o.figures.measured(j) ? (o.figures.meets(j) ? "yes" : "no") : "",
                              formatNumber(o.offeredLoad[j]), formatNumber(arrivals), relation, within,
                              o.constant.map(String.init) ?? ""])
            }
        }
        return table.text
    }

    /// `staffing-plan.yaml`: an experiment that extends this one (at
    /// `experimentPath`, relative to the results folder) without its
    /// `staffing` section and with each scenario's plan as an override —
    /// run it, or paste a plan into the model at the pool's path.
    public func planFile(extending experimentPath: String) -> String {
        var lines = [
            "# The staffing plan Runway found for \(setup.pool.name): \(targetText) in every",
            "# \(Self.duration(setup.spec.interval)) interval (iterative staffing, Feldman et al. 2008, \(trimmed)verified by simulation).",
            "# Run this file to check it, or paste a plan into the model at \(setup.pool.path).",
            "name: \(experiment.name)-plan",
            "extends: \(experimentPath)",
            "staffing: null",
            "scenarios:",
        ]
        for o in outcomes {
            let scenario = experiment.scenarios[o.scenario]
            lines.append("  - name: \(JSONText.string(scenario.name))")
            lines.append("    overrides:")
            for override in scenario.overrides {
                lines.append("      \(override.path): \(Self.yaml(override.value))")
            }
            lines.append("      \(setup.pool.path): \(o.plan.text(for: setup.pool))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "trimmed and " for a service-level target, whose plan is trimmed.
    var trimmed: String {
        if case .serviceLevel = setup.spec.target { return "trimmed and " }
        return ""
    }

    /// `1 point`, `6 points`: a count with its noun, plural when not one.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)" + (n == 1 ? "" : "s") }

    /// A duration in the largest unit it is a whole number of: `1h`, `30m`, `20s`, `1.5s`.
    static func duration(_ seconds: Double) -> String {
        for (unit, size) in [("d", 86_400.0), ("h", 3600.0), ("m", 60.0)] where seconds >= size {
            let n = seconds / size
            if n == n.rounded() { return formatNumber(n) + unit }
        }
        return formatNumber(seconds) + "s"
    }

    /// A node in flow style, quoting the scalars that were quoted.
    static func yaml(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let s): return node.isQuoted ? JSONText.string(s) : s
        case .sequence(let items): return "[" + items.map(yaml).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "{" + pairs.map { "\(yaml($0.key)): \(yaml($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// Says that `count` intervals saw nobody arrive in any of `replications`
    /// replications, so their staff (`staff`) was not tested: with R
    /// replications and none showing an arrival, the chance of any arrival in
    /// such an interval on another day can still be 1 − 0.05^(1/R) at 95%
    /// confidence (the "rule of three" for zero events, exact form).
    static func unmeasuredNote(count: Int, staff: [Int], replications: Int) -> String {
        let bound = replications > 0 ? (1 - pow(0.05, 1 / Double(replications))) * 100 : 100
        let staffed = Set(staff).sorted().map(String.init).joined(separator: " or ")
        return "\(count) interval\(count == 1 ? "" : "s") saw nobody arrive in any of the \(replications) replications "
            + "and got \(staffed) staff without a test: on another day someone may arrive in such an interval "
            + "(up to \(String(format: "%.0f", bound))% of days at 95% confidence); raise range.min or the replications"
    }

    /// The answer as the terminal prints it.
    public var text: String {
        var lines: [String] = []
        for o in outcomes {
            lines.append("scenario \(o.scenarioName): \(setup.pool.name), \(Self.duration(setup.spec.interval)) intervals, \(targetText)")
            lines.append("  ISA: " + (o.converged ? "settled after \(Self.count(o.iterations, "iteration"))" : "not settled in \(Self.count(o.iterations, "iteration")) (last plan kept)")
                         + (o.removed > 0 ? "; trimming removed \(o.removed) interval-staff" : "")
                         + (o.added > 0 ? "; verification added \(o.added)" : "") + "; \(o.runs) replications")
            let header = ResultFiles.pad("interval", 26) + ResultFiles.pad("staff", 6, left: true) + "  "
                + ResultFiles.pad("mean", 8, left: true) + "  " + ResultFiles.pad("95% interval", 18) + "  offered load"
            lines.append("  " + header)
            for j in 0..<setup.intervals {
                let from = Double(j) * setup.spec.interval
                let s = o.figures.summary(j)
                let i = s.interval95(in: .unitInterval)
                let when = experiment.start?.iso8601(after: from) ?? formatNumber(from) + " s"
                // Shares as percentages at the interval's precision, as the results table writes them.
                let text = PlannerUnit.fraction.format(mean: s.mean, low: i.low, high: i.high)
                let shown = text.low == PlannerUnit.notANumber ? text.low : "[\(text.low), \(text.high)]"
                let load = o.offeredLoad[j].isFinite ? String(format: "%.1f", o.offeredLoad[j]) : PlannerUnit.notANumber
                lines.append("  " + ResultFiles.pad(when, 26) + ResultFiles.pad(String(o.plan.staff[j]), 6, left: true) + "  "
                             + ResultFiles.pad(text.value, 8, left: true) + "  " + ResultFiles.pad(shown, 18)
                             + "  " + ResultFiles.pad(load, 12, left: true)
                             + (!o.figures.measured(j) ? "  nobody arrived" : o.figures.meets(j) ? "" : "  misses the target"))
            }
            let blind = o.figures.unmeasured
            if !blind.isEmpty {
                lines.append("  " + Self.unmeasuredNote(count: blind.count, staff: blind.map { o.plan.staff[$0] },
                                                        replications: experiment.replications))
            }
            let planHours = o.plan.staffHours(end: setup.end)
            if let c = o.constant {
                let constantHours = setup.constantPlan(c).staffHours(end: setup.end)
                let saving = constantHours > 0 ? (1 - planHours / constantHours) * 100 : 0
                lines.append("  staff-hours: \(ResultFiles.short(planHours)) hour by hour against \(ResultFiles.short(constantHours)) "
                             + "for the best constant staffing (\(c) staff): \(String(format: "%.1f", saving))% fewer")
            } else {
                lines.append("  staff-hours: \(ResultFiles.short(planHours)); no constant staffing within the range meets the target")
            }
            lines.append("  plan (\(setup.pool.path)): \(o.plan.text(for: setup.pool))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
