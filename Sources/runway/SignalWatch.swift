import Dispatch
import Experiments
import Foundation

/// Carries out an `InterruptPolicy` on the process's real SIGINT and SIGTERM:
/// a stop request to the runner, a message on stderr, and `_exit` when the
/// policy says to end now (finished runs are on disk already; nothing else
/// needs flushing).
final class SignalWatch: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private var timer: DispatchSourceTimer?
    private var policy: InterruptPolicy
    private let lock = NSLock()
    private let stop: StopRequest
    private let savedFolder: String

    /// Watches SIGINT and SIGTERM for a run whose saved runs go to `savedFolder`.
    init(stop: StopRequest, policy: InterruptPolicy, savedFolder: String) {
        self.stop = stop
        self.policy = policy
        self.savedFolder = savedFolder
        for (number, signal) in [(SIGINT, InterruptPolicy.Signal.interrupt), (SIGTERM, .terminate)] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.handle(signal) }
            source.resume()
            sources.append(source)
        }
    }

    /// The status to exit with after a signal stopped the run (130 or 143).
    var exitStatus: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return policy.exitStatus
    }

    private func handle(_ signal: InterruptPolicy.Signal) {
        lock.lock()
        let action = policy.received(signal)
        lock.unlock()
        perform(action)
    }

    private func perform(_ action: InterruptPolicy.Action) {
        switch action {
        case .none:
            return
        case .exitNow(let status):
            say("\nstopping now; finished runs are saved in \(savedFolder)/ (run again with --resume)\n")
            _exit(status)
        case .stopAfterRunsInProgress(let grace):
            stop.request()
            if let grace {
                say("\nstopping after the runs in progress (at most \(Self.seconds(grace)) s; again to quit now)\n")
                let timer = DispatchSource.makeTimerSource(queue: .global())
                timer.schedule(deadline: .now() + grace)
                timer.setEventHandler { [weak self] in
                    guard let self else { return }
                    self.lock.lock()
                    let next = self.policy.graceEnded()
                    self.lock.unlock()
                    self.perform(next)
                }
                timer.resume()
                lock.lock()
                self.timer = timer
                lock.unlock()
            } else {
                say("\nstopping after the runs in progress (again to quit now)\n")
            }
        }
    }

    private func say(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func seconds(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }
}
