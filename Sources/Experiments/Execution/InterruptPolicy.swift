/// What a run does on SIGINT and SIGTERM, as a state machine a test can
/// drive without signals or clocks:
///
/// - the first signal stops handing out runs; the runs in progress finish
///   and are saved, and the process exits with 130 (SIGINT) or 143 (SIGTERM);
/// - a second signal of either kind ends the process at once (runs already
///   finished are on disk: each is saved the moment it ends);
/// - after a first SIGTERM — what schedulers (Slurm, Kubernetes, systemd,
///   `timeout`) send before SIGKILL — the runs in progress get `grace`
///   seconds; a run still going then (a hung one, say) ends the process.
public struct InterruptPolicy: Sendable, Equatable {
    /// The signals Runway handles.
    public enum Signal: Sendable, Equatable {
        /// SIGINT (Ctrl-C).
        case interrupt
        /// SIGTERM.
        case terminate

        /// The conventional exit status of a process ended by the signal: 128 + its number.
        public var exitStatus: Int32 { self == .interrupt ? 130 : 143 }
    }

    /// What to do.
    public enum Action: Sendable, Equatable {
        /// Stop handing out runs, let those in progress finish; with a grace
        /// period, call `graceEnded()` after that many seconds.
        case stopAfterRunsInProgress(grace: Double?)
        /// End the process now with this status.
        case exitNow(status: Int32)
        /// Nothing more to do.
        case none
    }

    /// Seconds the runs in progress get after a first SIGTERM.
    public let grace: Double
    /// The first signal received, if any.
    public private(set) var first: Signal?

    /// A policy giving runs in progress `grace` seconds after a first SIGTERM (default 10).
    public init(grace: Double = 10) {
        self.grace = grace
    }

    /// The status to exit with once the run has stopped: that of the first signal.
    public var exitStatus: Int32? { first?.exitStatus }

    /// Reacts to `signal`.
    public mutating func received(_ signal: Signal) -> Action {
        guard first == nil else { return .exitNow(status: signal.exitStatus) }
        first = signal
        return .stopAfterRunsInProgress(grace: signal == .terminate ? grace : nil)
    }

    /// The grace period after a first SIGTERM is over and the process still runs.
    public func graceEnded() -> Action {
        first == .terminate ? .exitNow(status: Signal.terminate.exitStatus) : .none
    }
}
