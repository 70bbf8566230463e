/// The files of planner answers, `goal.csv` and `staffing.csv`, as the
/// answers write them (`GoalAnswer.csv`, `StaffingAnswer.csv`). Empty fields
/// are NaN or `nil`; a row is never made up where the file says nothing.
extension ResultsFolderReader {
    /// `goal.csv`: a row per scenario, candidate and constraint; the variables'
    /// columns sit between `candidate` and `cost`. Rows of one candidate are gathered in file order.
    static func goal(_ file: CSVFile) throws -> GoalResults {
        try require(file, ["scenario", "candidate", "cost", "constraint", "mean", "verdict"])
        let variables = file.columns(between: "candidate", and: "cost")
        var candidates: [GoalCandidate] = []
        var index: [[String]: Int] = [:]
        for r in file.records {
            let key = [file.field(r, "scenario"), file.field(r, "candidate")]
            let estimate = GoalEstimate(
                constraint: file.field(r, "constraint"), metric: file.field(r, "metric"), relation: file.field(r, "relation"),
                target: file.number(r, "target"), unit: file.field(r, "unit"), mean: file.number(r, "mean"), sd: file.number(r, "sd"),
                n: Int(file.field(r, "n")), confidence: file.number(r, "confidence"), lowerBound: file.number(r, "lower_bound"),
                upperBound: file.number(r, "upper_bound"), verdict: GoalVerdict(field: file.field(r, "verdict")))
            if let i = index[key] {
                candidates[i].estimates.append(estimate)
                continue
            }
            index[key] = candidates.count
            candidates.append(GoalCandidate(
                scenario: key[0], sequence: Int(key[1]) ?? candidates.count + 1, values: variables.map { file.field(r, $0) },
                cost: file.number(r, "cost"), replications: Int(file.field(r, "replications")),
                verdict: GoalVerdict(field: file.field(r, "feasible")),
                choice: GoalCandidate.Choice(rawValue: file.field(r, "choice")), estimates: [estimate]))
        }
        return GoalResults(experiment: file.records.first.map { file.field($0, "experiment") } ?? "", variables: variables,
                           candidates: candidates)
    }

    /// `staffing.csv`: a row per scenario and interval. `relation`, `within_s`
    /// and `constant_staff` are read when the file has them (older files do not).
    static func staffing(_ file: CSVFile) throws -> StaffingResults {
        try require(file, ["scenario", "interval_start_s", "interval_end_s", "staff", "metric", "target", "mean"])
        let intervals = file.records.map { r in
            var constant = ConstantStaffing.notRecorded
            if file.has("constant_staff") {
                constant = Int(file.field(r, "constant_staff")).map(ConstantStaffing.staff) ?? .noneMeetsTarget
            }
            let meets = file.field(r, "meets")
            return StaffingInterval(
                scenario: file.field(r, "scenario"), pool: file.field(r, "pool"), start: file.field(r, "interval_start"),
                startSeconds: file.number(r, "interval_start_s"), endSeconds: file.number(r, "interval_end_s"),
                staff: file.number(r, "staff"), servers: file.number(r, "servers"), metric: file.field(r, "metric"),
                target: file.number(r, "target"), relation: file.field(r, "relation"), withinSeconds: file.number(r, "within_s"),
                mean: file.number(r, "mean"), low: file.number(r, "ci95_low"), high: file.number(r, "ci95_high"),
                n: Int(file.field(r, "n")), meets: meets == "yes" ? true : meets == "no" ? false : nil,
                offeredLoad: file.number(r, "offered_load"), arrivals: file.number(r, "arrivals"), constant: constant)
        }
        return StaffingResults(experiment: file.records.first.map { file.field($0, "experiment") } ?? "", intervals: intervals)
    }
}
