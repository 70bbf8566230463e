/// A staffing plan as `staffing.csv` holds it: per scenario and interval,
/// the staff, the target metric's mean with its 95% interval, whether it
/// meets the target, and the demand (offered load, arrivals). Fields that are
/// empty in the file are NaN (or `nil`), never 0.
public struct StaffingResults: Sendable, Equatable {
    /// The experiment's name, as the file's first row gives it (empty without rows).
    public var experiment: String
    /// Every interval of every scenario, in file order.
    public var intervals: [StaffingInterval]

    /// Results of `experiment` with these intervals.
    public init(experiment: String = "", intervals: [StaffingInterval]) {
        self.experiment = experiment
        self.intervals = intervals
    }

    /// Scenarios in the order the file first names them.
    public var scenarios: [String] {
        var seen = Set<String>()
        return intervals.map(\.scenario).filter { seen.insert($0).inserted }
    }

    /// The intervals of `scenario`, earliest first.
    public func intervals(in scenario: String) -> [StaffingInterval] {
        intervals.filter { $0.scenario == scenario }.sorted { $0.startSeconds < $1.startSeconds }
    }
}

/// What the file says of the fewest staff that, held constant over the
/// whole run, meet the target in every interval.
public enum ConstantStaffing: Sendable, Equatable {
    /// The file has no such field (written before it was recorded).
    case notRecorded
    /// No constant staffing within the range meets the target.
    case noneMeetsTarget
    /// This many staff, held constant, meet it.
    case staff(Int)
}

/// One interval of a scenario's staffing plan (a row of `staffing.csv`).
public struct StaffingInterval: Sendable, Equatable {
    /// The scenario's name.
    public var scenario: String
    /// The staffing pool's name.
    public var pool: String
    /// The interval's start, ISO-8601 with the experiment's offset; empty without a `start`.
    public var start: String
    /// The interval's start, in model seconds.
    public var startSeconds: Double
    /// The interval's end, in model seconds (the last may be cut short by the run's end).
    public var endSeconds: Double
    /// Staff in the interval (NaN when the file leaves it empty).
    public var staff: Double
    /// Servers in the interval: staff × servers per staff (NaN when empty).
    public var servers: Double
    /// The target metric (`desk.service_level`, `desk.delayed_fraction`).
    public var metric: String
    /// The target, a fraction.
    public var target: Double
    /// `>=` (a service level) or `<=` (a delayed fraction); empty when the file does not say.
    public var relation: String
    /// The service level's answer time in seconds (NaN: not a service level, or not recorded).
    public var withinSeconds: Double
    /// The target metric's mean over the replications in the interval (NaN: nobody to measure).
    public var mean: Double
    /// Lower end of its 95% interval (NaN with fewer than two values).
    public var low: Double
    /// Upper end of its 95% interval.
    public var high: Double
    /// Replications that measured the interval (`nil` when the file does not say).
    public var n: Int?
    /// Whether the mean meets the target (`nil` when the file does not say).
    public var meets: Bool?
    /// Busy servers under the generous first plan: the demand in servers (NaN when empty).
    public var offeredLoad: Double
    /// Mean arrivals in the interval (NaN when empty).
    public var arrivals: Double
    /// The best constant staffing of the scenario, as the file records it.
    public var constant: ConstantStaffing

    /// An interval with these fields.
    public init(scenario: String, pool: String, start: String, startSeconds: Double, endSeconds: Double, staff: Double,
                servers: Double, metric: String, target: Double, relation: String = "", withinSeconds: Double = .nan,
                mean: Double, low: Double, high: Double, n: Int?, meets: Bool?, offeredLoad: Double, arrivals: Double,
                constant: ConstantStaffing = .notRecorded) {
        self.scenario = scenario
        self.pool = pool
        self.start = start
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.staff = staff
        self.servers = servers
        self.metric = metric
        self.target = target
        self.relation = relation
        self.withinSeconds = withinSeconds
        self.mean = mean
        self.low = low
        self.high = high
        self.n = n
        self.meets = meets
        self.offeredLoad = offeredLoad
        self.arrivals = arrivals
        self.constant = constant
    }

    /// The interval's length in hours (NaN when an end is not a number).
    public var hours: Double { (endSeconds - startSeconds) / 3600 }
}
