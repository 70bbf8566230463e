import Dispatch
import Foundation
import SimulationKernel
import Synchronization

/// Progress of an experiment on stderr: an updating line on a terminal
/// (runs done / total, elapsed, ETA, events per second); a plain line per
/// finished scenario and sweep point otherwise; nothing when quiet.
///
/// A long run shows progress before it finishes: the events of runs in
/// progress count as they are handled (`EventTally`), the terminal line is
/// redrawn every second, and without a terminal a line says every minute that
/// the runs go on and how many events they have handled.
public final class Progress: Sendable {
    /// How progress shows: `terminal` redraws one line, `lines` prints a line per finished scenario and sweep
    /// point, `quiet` nothing.
    public enum Style: Sendable { case terminal, lines, quiet }

    private struct State {
        var done = 0
        var remainingPerVariant: [Int: Int] = [:]
        var lastDraw = 0.0
        var lastLine = 0.0
    }

    private let style: Style
    private let total: Int
    private let started = Date()
    private let state: Mutex<State>
    private let describe: @Sendable (Int) -> String
    private let write: @Sendable (String) -> Void
    /// `EventTally.total` when this progress began: events since are this experiment's.
    private let eventsAtStart: Int
    /// Seconds between heartbeat lines without a terminal.
    private let lineInterval: Double
    private let heartbeat: Heartbeat?

    /// Progress over `total` runs of which `alreadyDone` are done, with
    /// `remainingPerVariant[v]` runs of variant `v` to do; `describe` names a
    /// variant for the plain lines.
    public convenience init(style: Style, total: Int, alreadyDone: Int, remainingPerVariant: [Int],
                            describe: @escaping @Sendable (Int) -> String) {
        self.init(style: style, total: total, alreadyDone: alreadyDone, remainingPerVariant: remainingPerVariant,
                  lineInterval: 60, describe: describe) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// As the public initialiser, with heartbeat lines every `lineInterval`
    /// seconds (without a terminal) and the text going to `write`.
    init(style: Style, total: Int, alreadyDone: Int, remainingPerVariant: [Int], lineInterval: Double,
         describe: @escaping @Sendable (Int) -> String, write: @escaping @Sendable (String) -> Void) {
        self.style = style
        self.total = total
        self.describe = describe
        self.write = write
        self.lineInterval = lineInterval
        eventsAtStart = EventTally.total
        var s = State()
        s.done = alreadyDone
        for (v, n) in remainingPerVariant.enumerated() where n > 0 { s.remainingPerVariant[v] = n }
        state = Mutex(s)
        switch style {
        case .quiet: heartbeat = nil
        case .terminal: heartbeat = Heartbeat(every: 1)
        case .lines: heartbeat = Heartbeat(every: min(1, lineInterval))
        }
        heartbeat?.start { [weak self] in self?.beat() }
    }

    deinit { heartbeat?.stop() }

    /// The style for this process's stderr.
    public static func style(quiet: Bool) -> Style {
        quiet ? .quiet : (isatty(STDERR_FILENO) != 0 ? .terminal : .lines)
    }

    /// A run of variant `variant` finished, having handled `events` events
    /// (already counted by `EventTally` as it handled them).
    public func finished(variant: Int, events: Int) {
        let message: String? = state.withLock { s in
            s.done += 1
            s.remainingPerVariant[variant, default: 1] -= 1
            let elapsed = Date().timeIntervalSince(started)
            switch style {
            case .quiet:
                return nil
            case .lines:
                guard s.remainingPerVariant[variant] == 0 else { return nil }
                s.lastLine = elapsed
                return "\(describe(variant)): done (\(s.done)/\(total) runs, \(String(format: "%.1f", elapsed)) s)\n"
            case .terminal:
                guard elapsed - s.lastDraw > 0.1 || s.done == total else { return nil }
                return terminalLine(&s, elapsed: elapsed)
            }
        }
        if let message { write(message) }
    }

    /// Every second: the terminal line again, with the events of the runs in
    /// progress; without a terminal, a line once `lineInterval` has passed with no other.
    private func beat() {
        let message: String? = state.withLock { s in
            let elapsed = Date().timeIntervalSince(started)
            guard s.done < total else { return nil }
            switch style {
            case .quiet:
                return nil
            case .terminal:
                guard elapsed - s.lastDraw >= 0.9 else { return nil }
                return terminalLine(&s, elapsed: elapsed)
            case .lines:
                guard elapsed - s.lastLine >= lineInterval else { return nil }
                s.lastLine = elapsed
                let events = EventTally.total - eventsAtStart
                return "running: \(s.done)/\(total) runs done, \(Self.count(events)) events so far "
                    + "(\(String(format: "%.2f", Double(events) / max(elapsed, 1e-9) / 1e6))M events/s), "
                    + "\(String(format: "%.0f", elapsed)) s elapsed\n"
            }
        }
        if let message { write(message) }
    }

    /// `runs 3/40  12.0 s elapsed  ETA 148.0 s  13.20M events/s`; no ETA before the first run is done.
    private func terminalLine(_ s: inout State, elapsed: Double) -> String {
        s.lastDraw = elapsed
        let events = EventTally.total - eventsAtStart
        let rate = elapsed > 0 ? Double(events) / elapsed : 0
        let eta = s.done > 0 ? String(format: "ETA %.1f s", elapsed / Double(s.done) * Double(total - s.done)) : "ETA –"
        let line = String(format: "\r\u{1B}[Kruns %d/%d  %.1f s elapsed  %@  %.2fM events/s", s.done, total, elapsed, eta, rate / 1e6)
        return line + (s.done == total ? "\n" : "")
    }

    /// `1,234,567`.
    static func count(_ n: Int) -> String {
        let digits = String(n)
        return String(digits.enumerated().flatMap { i, c in i > 0 && (digits.count - i) % 3 == 0 ? [",", c] : [c] })
    }
}

/// A timer on a background queue that calls a closure until stopped.
private final class Heartbeat: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    init(every seconds: Double) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + seconds, repeating: seconds, leeway: .milliseconds(100))
    }

    func start(_ body: @escaping @Sendable () -> Void) {
        timer.setEventHandler(handler: body)
        timer.resume()
    }

    func stop() { timer.cancel() }
}
