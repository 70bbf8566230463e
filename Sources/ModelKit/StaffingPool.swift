/// A pool of servers whose staffing a `staffing:` section can plan interval
/// by interval: how experiment files name it, the model path to override
/// with a plan, how a plan is written in the model's own syntax, and the
/// per-bucket series that measure it.
public struct StaffingPool: Sendable, Equatable {
    /// How a plan is written in the model file.
    public enum Syntax: Sendable, Equatable {
        /// `{shifts: [{from: SECONDS, KEY: n}, …]}`: starts in seconds from
        /// the run's start, the last value holding to the end (a queueing network station).
        case shiftsFromStart
        /// `{shifts: [{from: 0h, KEY: n}], dated: [{from: T, to: T, KEY: n}, …]}`:
        /// a daily plan with dated changes (times after the start in seconds).
        case dailyWithDatedChanges
    }

    /// The per-bucket series that measure the pool (names in the kind's catalogue).
    public struct Series: Sendable, Equatable {
        /// Customers (contacts) arriving in the bucket.
        public let arrivals: String
        /// Share of those starting service (or giving up) in the bucket who waited at all.
        public let delayedFraction: String
        /// Share answered within the pool's service-level target, of those answered or abandoned in the bucket.
        public let serviceLevel: String
        /// Customers in the pool (waiting or served) at the bucket's start.
        public let inSystemAtStart: String
        /// Staff on duty, time-average in the bucket (in staff, not servers).
        public let onDuty: String
        /// Busy servers, time-average in the bucket, if the kind reports it: under
        /// generous staffing, the offered load (the infinite-server mean m(t)).
        public let busy: String?

        /// The series named in the kind's catalogue.
        public init(arrivals: String, delayedFraction: String, serviceLevel: String, inSystemAtStart: String, onDuty: String,
                    busy: String? = nil) {
            self.arrivals = arrivals
            self.delayedFraction = delayedFraction
            self.serviceLevel = serviceLevel
            self.inSystemAtStart = inSystemAtStart
            self.onDuty = onDuty
            self.busy = busy
        }
    }

    /// The pool's name in a `staffing:` section: `stations[desk]`, `care.agents`.
    public let name: String
    /// The model path a plan overrides: `stations[desk].servers`, `care.agents`.
    public let path: String
    /// The count key of the plan's items: `servers`, `agents`, `workers`.
    public let countKey: String
    /// Servers per staff member (chat slots per agent; 1 for a station).
    public let serversPerStaff: Int
    /// How a plan is written in the model file.
    public let syntax: Syntax
    /// The per-bucket series that measure the pool.
    public let series: Series
    /// The model path of the wait within which a contact counts toward the service level.
    public let serviceLevelTargetPath: String
    /// That wait in the model as it stands, in seconds (nil when the model sets none).
    public let serviceLevelTarget: Double?

    /// A pool as a model kind declares it.
    public init(name: String, path: String, countKey: String, serversPerStaff: Int, syntax: Syntax, series: Series,
                serviceLevelTargetPath: String, serviceLevelTarget: Double?) {
        self.name = name
        self.path = path
        self.countKey = countKey
        self.serversPerStaff = serversPerStaff
        self.syntax = syntax
        self.series = series
        self.serviceLevelTargetPath = serviceLevelTargetPath
        self.serviceLevelTarget = serviceLevelTarget
    }
}
