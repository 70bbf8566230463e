import Synchronization

/// Events handled by every run in this process so far, runs in progress
/// included: what progress lines count while a long run has not yet
/// finished. `EventCalendar.run` adds its events in blocks of
/// `EventTally.block` (one relaxed atomic add per 65,536 events) and the rest
/// when it returns, so the count lags by less than a block per run in flight.
public enum EventTally {
    /// Events per addition from a run in progress.
    public static let block = 1 << 16

    /// Events handled so far in this process.
    public static var total: Int { counter.load(ordering: .relaxed) }

    /// Adds `events` handled events.
    public static func add(_ events: Int) {
        counter.add(events, ordering: .relaxed)
    }
}

private let counter = Atomic<Int>(0)
