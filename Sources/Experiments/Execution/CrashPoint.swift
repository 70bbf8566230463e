import Foundation

/// Named places where a test can have Runway killed, to prove that every
/// crash there is resumable: with `RUNWAY_FAULT=NAME:N` in the environment,
/// the process sends itself SIGKILL the N-th time it reaches point NAME.
/// Points: `run-saved` (after a run record is saved), `file-written` (after a
/// file's temporary copy is written, before it is renamed into place) and
/// `publish` (between the steps of publishing results). Without the
/// variable, reaching a point costs one comparison.
public enum CrashPoint {
    private static let target: (name: String, count: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["RUNWAY_FAULT"] else { return nil }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let n = Int(parts[1]), n >= 1 else { return nil }
        return (String(parts[0]), n)
    }()

    private static let reached = Counter()

    /// Marks that the process is at point `name`.
    public static func reach(_ name: String) {
        guard let target, target.name == name else { return }
        if reached.increment() == target.count {
            kill(getpid(), SIGKILL)
        }
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func increment() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
