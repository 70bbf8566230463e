extension ReportBuilder {
    /// A goal's answer (`goal.csv`), per scenario: the answer in a sentence,
    /// a chart per constraint of its metric at every point evaluated (against
    /// the variable, or the points by cost with several variables) with the
    /// target, the verdicts and the chosen point, and a table of every point.
    var goalSection: HTMLPage.Section? {
        guard let goal = results.goal, !goal.candidates.isEmpty else { return nil }
        let level = goalConfidence(goal).map { PlannerUnit.fraction.format($0) } ?? "the goal's"
        var blocks: [HTMLPage.Block] = [.note(
            "Each point the search evaluated, with each constraint's mean over the point's replications and its one-sided "
            + "\(level) bounds. A constraint holds at a point when the bound on the target's side clears the target (the upper "
            + "bound for ≤, the lower for ≥), fails when the opposite bound is beyond it, and is undecided otherwise; a point is "
            + "feasible when every constraint holds. The answer is the cheapest feasible point.")]
        for scenario in goal.scenarios {
            let candidates = goal.candidates(in: scenario)
            blocks.append(.subheading("Scenario \(scenario)"))
            blocks.append(.highlight(GoalAnswerText(variables: goal.variables, candidates: candidates).sentence))
            for constraint in goal.constraints {
                if let chart = candidateChart(constraint: constraint, scenario: scenario, goal: goal) { blocks.append(chart) }
            }
            blocks.append(.table(candidateTable(candidates, goal: goal, scenario: scenario)))
        }
        return HTMLPage.Section(id: "goal", title: "Goal seek", blocks: blocks)
    }

    /// The goal's confidence, from the first estimate that states it.
    func goalConfidence(_ goal: GoalResults) -> Double? {
        goal.candidates.lazy.flatMap(\.estimates).map(\.confidence).first(where: \.isFinite)
    }

    /// A constraint's chart in one scenario, with its caption; nil when no point estimates it.
    func candidateChart(constraint: String, scenario: String, goal: GoalResults) -> HTMLPage.Block? {
        let candidates = goal.candidates(in: scenario).filter { $0.estimate(constraint) != nil }
        guard let first = candidates.first?.estimate(constraint) else { return nil }
        let u = PlannerUnit(first.unit)
        let level = first.confidence.isFinite ? PlannerUnit.fraction.format(first.confidence) : "one-sided"
        let single = goal.variables.count == 1
        let numbers = candidates.map { Double($0.values.first ?? "") }
        let numeric = single && numbers.allSatisfy { $0 != nil }
        // One variable: against its values; several: the points by cost, cheapest first, named by their values.
        let order = numeric ? candidates : candidates.sorted { ($0.cost, $0.sequence) < ($1.cost, $1.sequence) }
        let points = order.enumerated().map { i, c -> CandidateChart.Point in
            let e = c.estimate(constraint)
            return CandidateChart.Point(x: numeric ? (Double(c.values[0]) ?? .nan) : Double(i), mean: e?.mean ?? .nan,
                                        low: e?.lowerBound ?? .nan, high: e?.upperBound ?? .nan, verdict: e?.verdict, choice: c.choice)
        }
        var choiceLabels: [GoalCandidate.Choice: String] = [:]
        for c in candidates { if let choice = c.choice { choiceLabels[choice] = choice.rawValue + ": " + pointName(c, goal: goal) } }
        let xTitle = numeric ? goal.variables[0] : "points evaluated, cheapest first (" + goal.variables.map(SweepLabel.short).joined(separator: ", ") + ")"
        let relation = first.isAtMost ? "≤" : "≥"
        let chart = CandidateChart(
            title: "\(scenario): \(constraint)", xTitle: xTitle,
            xAxis: numeric ? .numeric(.plain("")) : .categories(order.map { $0.values.joined(separator: ", ") }),
            unit: u, points: points, target: SweepChart.Target(value: first.target, label: "target \(relation) \(u.format(first.target))"),
            intervalLabel: "bars: one-sided \(level) bounds", choiceLabels: choiceLabels, joinsPoints: numeric)
        let side = first.isAtMost
            ? "the upper bound is at or below the target, fails where the lower bound is above it"
            : "the lower bound is at or above the target, fails where the upper bound is below it"
        var caption = "\(first.metric) (\(Self.unitWord(unit: first.unit))) at each point evaluated in \(scenario): the mean with a bar from the "
            + "lower to the upper one-sided \(level) bound; the constraint holds where \(side)."
        if chart.ceiling != nil { caption += " Points far above the target are drawn as triangles at the top edge; the table has their values." }
        return .figure(chart.svg, caption: caption)
    }

    /// `stations[desk].servers = 11` (several variables joined by commas).
    func pointName(_ c: GoalCandidate, goal: GoalResults) -> String {
        zip(goal.variables, c.values).map { "\($0) = \($1)" }.joined(separator: ", ")
    }

    /// Every point of a scenario, cheapest first: values, cost, replications,
    /// verdict, choice and each constraint's mean with the bound its verdict
    /// rests on (for `<=`, the upper bound; for a failure, the lower one; the opposite for `>=`).
    func candidateTable(_ candidates: [GoalCandidate], goal: GoalResults, scenario: String) -> HTMLTable {
        let constraints = goal.constraints
        let header = ["#"] + goal.variables + ["cost", "replications", "feasible", "choice"] + constraints
        var table = HTMLTable(className: "goal-candidates", caption: "\(scenario): every point evaluated, cheapest first (# is the order evaluated)",
                              header: header,
                              alignments: Array(repeating: .right, count: 1 + goal.variables.count + 2) + [.left, .left]
                                + Array(repeating: .right, count: constraints.count))
        let plain = PlannerUnit.plain("")
        for c in candidates.sorted(by: { ($0.cost, $0.sequence) < ($1.cost, $1.sequence) }) {
            var row: [HTMLTable.Cell] = [HTMLTable.Cell(String(c.sequence))]
            row += goal.variables.indices.map { HTMLTable.Cell($0 < c.values.count && !c.values[$0].isEmpty ? c.values[$0] : PlannerUnit.notANumber) }
            row.append(HTMLTable.Cell(plain.format(c.cost)))
            row.append(HTMLTable.Cell(c.replications.map(String.init) ?? PlannerUnit.notANumber))
            let feasible: [GoalVerdict: String] = [.holds: "yes", .fails: "no", .undecided: "undecided"]
            row.append(HTMLTable.Cell(c.verdict.flatMap { feasible[$0] } ?? PlannerUnit.notANumber,
                                      className: c.verdict.map { "verdict-" + CandidateChart.style($0).word }))
            row.append(HTMLTable.Cell(c.choice?.rawValue ?? "", className: c.choice.map { "choice-" + $0.rawValue }))
            for constraint in constraints {
                guard let e = c.estimate(constraint) else { row.append(""); continue }
                let u = PlannerUnit(e.unit)
                let text = u.format(mean: e.mean, low: e.lowerBound, high: e.upperBound)
                // The bound the verdict rests on: the one on the target's side, or for a failure the opposite one.
                let upper = e.isAtMost == (e.verdict != .fails)
                let bound = upper ? text.high : text.low
                let verdict = e.verdict.map { CandidateChart.style($0).word }
                var detail = [bound == PlannerUnit.notANumber ? nil : (upper ? "upper bound " : "lower bound ") + bound, verdict]
                    .compactMap { $0 }.joined(separator: " · ")
                if let n = e.n, let r = c.replications, n < r { detail += " (n = \(n))" }
                row.append(HTMLTable.Cell(text.value, detail: detail.isEmpty ? nil : detail,
                                          className: verdict.map { "verdict-" + $0 }))
            }
            table.rows.append(row)
        }
        return table
    }
}

/// A goal's answer for one scenario in a sentence, from its candidates: the
/// chosen point and its cost, the runner-up, or why no point was chosen.
struct GoalAnswerText {
    let variables: [String]
    let candidates: [GoalCandidate]

    func name(_ c: GoalCandidate) -> String {
        zip(variables, c.values).map { "\($0) = \($1.isEmpty ? PlannerUnit.notANumber : $1)" }.joined(separator: ", ")
    }

    var replications: Int { candidates.compactMap(\.replications).reduce(0, +) }

    var sentence: String {
        let plain = PlannerUnit.plain("")
        let spent = "\(candidates.count) point\(candidates.count == 1 ? "" : "s") evaluated, \(replications) replications"
        if let chosen = candidates.first(where: { $0.choice == .chosen }) {
            var text = "Answer: \(name(chosen)), at a cost of \(plain.format(chosen.cost)) — the cheapest point shown to meet every "
                + "constraint (\(spent))."
            if let runnerUp = candidates.first(where: { $0.choice == .runnerUp }) {
                text += " Runner-up: \(name(runnerUp)), cost \(plain.format(runnerUp.cost))."
            }
            return text
        }
        // The search starts at the most generous point; nothing is chosen when it is not shown feasible.
        guard let generous = candidates.min(by: { $0.sequence < $1.sequence }) else { return "No point was evaluated." }
        let open = generous.estimates.filter { $0.verdict != .holds }
        let why = open.map { e -> String in
            let u = PlannerUnit(e.unit)
            return "\(e.constraint) \(e.verdict == .fails ? "fails" : "is undecided") (mean \(u.format(e.mean)))"
        }
        return "No point was shown to meet every constraint (\(spent)). At the most generous point, \(name(generous)), "
            + (why.isEmpty ? "not every constraint was shown to hold." : why.joined(separator: "; ") + ".")
    }
}
