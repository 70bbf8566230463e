import Synchronization

/// A request, from a signal handler or a failing worker, to hand out no more runs.
public final class StopRequest: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A request not yet made.
    public init() {}

    /// Asks the runner to stop after the runs in progress.
    public func request() { flag.store(true, ordering: .relaxed) }

    /// Whether a stop was asked for.
    public var isRequested: Bool { flag.load(ordering: .relaxed) }
}
