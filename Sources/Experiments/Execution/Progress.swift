import Foundation
import Synchronization

/// Progress of an experiment on stderr: an updating line on a terminal
/// (runs done / total, elapsed, ETA, events per second); a plain line per
/// finished scenario and sweep point otherwise; nothing when quiet.
public final class Progress: Sendable {
    /// How progress shows: `terminal` redraws one line, `lines` prints a line per finished scenario and sweep
    /// point, `quiet` nothing.
    public enum Style: Sendable { case terminal, lines, quiet }

    private struct State {
        var done = 0
        var events = 0
        var remainingPerVariant: [Int: Int] = [:]
        var lastDraw = 0.0
    }

    private let style: Style
    private let total: Int
    private let started = Date()
    private let state: Mutex<State>
    private let describe: @Sendable (Int) -> String

    /// Progress over `total` runs of which `alreadyDone` are done, with
    /// `remainingPerVariant[v]` runs of variant `v` to do; `describe` names a
    /// variant for the plain lines.
    public init(style: Style, total: Int, alreadyDone: Int, remainingPerVariant: [Int],
                describe: @escaping @Sendable (Int) -> String) {
        self.style = style
        self.total = total
        self.describe = describe
        var s = State()
        s.done = alreadyDone
        for (v, n) in remainingPerVariant.enumerated() where n > 0 { s.remainingPerVariant[v] = n }
        state = Mutex(s)
    }

    /// The style for this process's stderr.
    public static func style(quiet: Bool) -> Style {
        quiet ? .quiet : (isatty(STDERR_FILENO) != 0 ? .terminal : .lines)
    }

    /// A run of variant `variant` finished, having handled `events` events.
    public func finished(variant: Int, events: Int) {
        let message: String? = state.withLock { s in
            s.done += 1
            s.events += events
            s.remainingPerVariant[variant, default: 1] -= 1
            let elapsed = Date().timeIntervalSince(started)
            switch style {
            case .quiet:
                return nil
            case .lines:
                guard s.remainingPerVariant[variant] == 0 else { return nil }
                return "\(describe(variant)): done (\(s.done)/\(total) runs, \(String(format: "%.1f", elapsed)) s)\n"
            case .terminal:
                guard elapsed - s.lastDraw > 0.1 || s.done == total else { return nil }
                s.lastDraw = elapsed
                let rate = elapsed > 0 ? Double(s.events) / elapsed : 0
                let eta = s.done > 0 ? elapsed / Double(s.done) * Double(total - s.done) : 0
                let line = String(format: "\r\u{1B}[Kruns %d/%d  %.1f s elapsed  ETA %.1f s  %.2fM events/s",
                                  s.done, total, elapsed, eta, rate / 1e6)
                return line + (s.done == total ? "\n" : "")
            }
        }
        if let message { FileHandle.standardError.write(Data(message.utf8)) }
    }
}
