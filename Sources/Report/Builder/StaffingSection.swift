extension ReportBuilder {
    /// A staffing plan (`staffing.csv`), per scenario: a sentence on its
    /// staff-hours against the best constant staffing and the intervals that
    /// miss the target; the staff per interval against the demand; the
    /// target metric per interval with its 95% interval, the target and the
    /// misses marked; and the plan as a table.
    var staffingSection: HTMLPage.Section? {
        guard let staffing = results.staffing, !staffing.intervals.isEmpty else { return nil }
        let clock = self.clock ?? staffingClock(staffing)
        var blocks: [HTMLPage.Block] = [.note(
            "The plan staffs the pool interval by interval (iterative staffing, Feldman et al. 2008, verified by simulation). "
            + "The offered load is the mean number of busy servers with every interval staffed at the range's top: the demand, "
            + "in servers. An interval meets the target when the mean over the replications does; times are "
            + (clock == nil ? "elapsed since the start of the run." : "wall-clock times of the experiment's start zone."))]
        for scenario in staffing.scenarios {
            let intervals = staffing.intervals(in: scenario)
            guard let first = intervals.first else { continue }
            let target = StaffingTarget(first)
            blocks.append(.subheading("Scenario \(scenario)"))
            blocks.append(.highlight(StaffingSummaryText(intervals: intervals, target: target, clock: clock).sentence))
            blocks.append(staffChart(intervals, scenario: scenario, clock: clock))
            blocks.append(targetChart(intervals, scenario: scenario, target: target, clock: clock))
            blocks.append(.table(planTable(intervals, scenario: scenario, target: target, clock: clock)))
        }
        return HTMLPage.Section(id: "staffing", title: "Staffing plan", blocks: blocks)
    }

    /// The wall clock of time 0 from the first interval stamped with its start (`interval_start` and its seconds).
    func staffingClock(_ staffing: StaffingResults) -> WallClock? {
        guard let row = staffing.intervals.first(where: { !$0.start.isEmpty && $0.startSeconds.isFinite }),
              let stamp = WallClock(iso8601: row.start) else { return nil }
        return WallClock(epochSeconds: stamp.epochSeconds - row.startSeconds, utcOffset: stamp.utcOffset)
    }

    /// Staff (and servers, when a staff member serves several) per interval as steps, against the offered load.
    func staffChart(_ intervals: [StaffingInterval], scenario: String, clock: WallClock?) -> HTMLPage.Block {
        func steps(_ value: (StaffingInterval) -> Double) -> [IntervalChart.Step] {
            intervals.map { IntervalChart.Step(start: $0.startSeconds, end: $0.endSeconds, value: value($0)) }
        }
        var series = [IntervalChart.Series(name: "staff (the plan)", steps: steps(\.staff))]
        let serversDiffer = intervals.contains { $0.servers.isFinite && $0.staff.isFinite && $0.servers != $0.staff }
        if serversDiffer { series.append(IntervalChart.Series(name: "servers (staff × servers each)", steps: steps(\.servers))) }
        series.append(IntervalChart.Series(name: "offered load (busy servers when staffed generously)", steps: steps(\.offeredLoad)))
        let pool = intervals.first?.pool ?? ""
        let chart = IntervalChart(title: "\(scenario): \(pool) staff against demand", unit: .plain(""), series: series, clock: clock)
        return .figure(chart.svg, caption: "\(scenario): staff per interval (the plan) and the offered load, the mean number of busy "
                       + "servers when every interval has the range's top: the demand in servers"
                       + (serversDiffer ? "; each staff member serves several at once, so compare the load with the servers." : "."))
    }

    /// The target metric per interval: mean as steps with its 95% interval as a band, the target, misses marked.
    func targetChart(_ intervals: [StaffingInterval], scenario: String, target: StaffingTarget, clock: WallClock?) -> HTMLPage.Block {
        let steps = intervals.map { IntervalChart.Step(start: $0.startSeconds, end: $0.endSeconds, value: $0.mean, low: $0.low, high: $0.high) }
        let marks = intervals.filter { $0.meets == false }.map { IntervalChart.Mark(start: $0.startSeconds, end: $0.endSeconds) }
        let chart = IntervalChart(title: "\(scenario): \(target.metric) per interval", unit: .fraction,
                                  series: [IntervalChart.Series(name: "\(target.metric) (mean)", steps: steps)],
                                  bandLabel: "band: 95% interval of the mean",
                                  target: target.value.isFinite ? SweepChart.Target(value: target.value, label: "target " + target.text) : nil,
                                  marks: marks, clock: clock)
        var caption = "\(scenario): \(target.metric) achieved in each interval with the plan, the mean over the replications "
            + "with its 95% interval; target \(target.text)."
        if !marks.isEmpty { caption += " Shaded, with a cross: the \(marks.count) interval\(marks.count == 1 ? "" : "s") whose mean misses it." }
        let unmeasured = intervals.filter { !$0.mean.isFinite }.count
        if unmeasured > 0 { caption += " Gaps: \(unmeasured) interval\(unmeasured == 1 ? "" : "s") with nobody to measure." }
        return .figure(chart.svg, caption: caption)
    }

    /// The plan interval by interval: staff, servers, demand and the target metric with its interval and whether it meets the target.
    func planTable(_ intervals: [StaffingInterval], scenario: String, target: StaffingTarget, clock: WallClock?) -> HTMLTable {
        let serversDiffer = intervals.contains { $0.servers.isFinite && $0.staff.isFinite && $0.servers != $0.staff }
        var header = ["interval", "staff"]
        if serversDiffer { header.append("servers") }
        header += ["offered load", "arrivals", target.metric, "n", "meets \(target.text)"]
        var table = HTMLTable(className: "staffing-plan", caption: "\(scenario): the plan, interval by interval", header: header,
                              alignments: [.left] + Array(repeating: .right, count: header.count - 2) + [.left])
        let plain = PlannerUnit.plain("")
        let count = PlannerUnit.count("")
        var lastDay: String?
        for i in intervals {
            var when = StaffingSummaryText.span(i, clock: clock)
            if let clock {
                let day = clock.local(at: i.startSeconds).dayText
                if day != lastDay { when = day + " " + when }
                lastDay = day
            }
            var row: [HTMLTable.Cell] = [HTMLTable.Cell(when), HTMLTable.Cell(plain.format(i.staff))]
            if serversDiffer { row.append(HTMLTable.Cell(plain.format(i.servers))) }
            row.append(HTMLTable.Cell(plain.format(i.offeredLoad)))
            row.append(HTMLTable.Cell(count.format(i.arrivals)))
            let text = PlannerUnit.fraction.format(mean: i.mean, low: i.low, high: i.high)
            row.append(HTMLTable.Cell(text.value, detail: text.low == PlannerUnit.notANumber ? nil : "[\(text.low), \(text.high)]"))
            row.append(HTMLTable.Cell(i.n.map(String.init) ?? PlannerUnit.notANumber))
            switch i.meets {
            case true?: row.append(HTMLTable.Cell("yes"))
            case false?: row.append(HTMLTable.Cell("no: misses", className: "miss"))
            case nil: row.append(HTMLTable.Cell(PlannerUnit.notANumber))
            }
            table.rows.append(row)
        }
        return table
    }
}

/// A staffing target as `staffing.csv` states it: the metric, the share, its
/// side (`≥` for a service level, `≤` for a delayed fraction) and a service level's answer time.
struct StaffingTarget {
    let metric: String
    let value: Double
    /// `≥`, `≤`, or empty when the file does not say.
    let relation: String
    let withinSeconds: Double

    init(_ row: StaffingInterval) {
        metric = row.metric
        value = row.target
        relation = row.relation == ">=" ? "≥" : row.relation == "<=" ? "≤" : ""
        withinSeconds = row.withinSeconds
    }

    /// `≥ 80% within 20 s`, `≤ 20%`, or the share alone when the side is not recorded.
    var text: String {
        var t = (relation.isEmpty ? "" : relation + " ") + PlannerUnit.fraction.format(value)
        if withinSeconds.isFinite { t += " within " + PlannerUnit.seconds.format(withinSeconds) }
        return t
    }
}

/// A scenario's plan in a sentence: staff-hours and the range of staff, the
/// best constant staffing's staff-hours when the file records it, and the
/// intervals that miss the target.
struct StaffingSummaryText {
    let intervals: [StaffingInterval]
    let target: StaffingTarget
    let clock: WallClock?

    /// `08:00–09:00` on the clock, else elapsed (`1 h–2 h`).
    static func span(_ i: StaffingInterval, clock: WallClock?) -> String {
        guard let clock else { return PlannerUnit.seconds.format(i.startSeconds) + "–" + PlannerUnit.seconds.format(i.endSeconds) }
        return clock.local(at: i.startSeconds).clockText + "–" + clock.local(at: i.endSeconds).clockText
    }

    /// Staff × hours over the intervals whose staff is known.
    var staffHours: Double {
        intervals.filter { $0.staff.isFinite && $0.hours.isFinite }.reduce(0) { $0 + $1.staff * $1.hours }
    }

    var sentence: String {
        let hours = intervals.filter(\.hours.isFinite).reduce(0) { $0 + $1.hours }
        let staff = intervals.map(\.staff).filter(\.isFinite)
        let number = PlannerUnit.plain("")
        let pool = intervals.first?.pool ?? "the pool"
        var text = "Plan for \(pool): \(number.format(staffHours)) staff-hours over \(PlannerUnit.seconds.format(hours * 3600))"
        if let low = staff.min(), let high = staff.max() {
            text += low == high ? ", \(number.format(low)) staff throughout" : ", from \(number.format(low)) to \(number.format(high)) staff an interval"
        }
        text += "."
        switch intervals.first?.constant ?? .notRecorded {
        case .staff(let c):
            let constantHours = Double(c) * hours
            text += " The best constant staffing, \(c) staff in every interval, takes \(number.format(constantHours)) staff-hours"
            if constantHours > 0 {
                let saving = (1 - staffHours / constantHours) * 100
                let amount = PlannerUnit.plain("").format((abs(saving) * 10).rounded() / 10)
                text += saving >= 0 ? ": the plan uses \(amount)% fewer." : ": the plan uses \(amount)% more."
            } else {
                text += "."
            }
        case .noneMeetsTarget:
            text += " No constant staffing within the range meets the target in every interval."
        case .notRecorded:
            break
        }
        let misses = intervals.filter { $0.meets == false }
        // The target kept on one line (`within 20 s` not broken before its unit).
        let goal = target.text.replacingOccurrences(of: " ", with: "\u{00A0}")
        if misses.isEmpty {
            text += " Every interval meets the target (\(goal))."
        } else {
            // Consecutive misses named as one span (`19:00–23:00`).
            var runs: [StaffingInterval] = []
            for m in misses {
                if let last = runs.last, last.endSeconds == m.startSeconds { runs[runs.count - 1].endSeconds = m.endSeconds } else { runs.append(m) }
            }
            let named = runs.prefix(6).map { Self.span($0, clock: clock) }.joined(separator: ", ")
            text += " \(misses.count) interval\(misses.count == 1 ? " misses" : "s miss") the target (\(goal)) within the range: "
                + named + (runs.count > 6 ? ", …" : "") + "."
        }
        return text
    }
}
