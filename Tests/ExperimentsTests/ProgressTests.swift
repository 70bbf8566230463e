@testable import Experiments
import Foundation
import SimulationKernel
import Synchronization
import Testing

/// A long run shows progress before its first run ends.
@Suite("Progress of long runs")
struct ProgressTests {
    /// What a `Progress` of `style` writes while `body` runs.
    func written(_ style: Experiments.Progress.Style, lineInterval: Double = 0.2, _ body: (Experiments.Progress) -> Void) -> [String] {
        let lines = Mutex<[String]>([])
        let progress = Experiments.Progress(style: style, total: 3, alreadyDone: 0, remainingPerVariant: [3], lineInterval: lineInterval,
                                describe: { _ in "scenario base" }, write: { text in lines.withLock { $0.append(text) } })
        body(progress)
        return lines.withLock { $0 }
    }

    @Test("Without a terminal, a line says the runs go on, with the events handled so far")
    func heartbeatLines() {
        let lines = written(.lines) { _ in
            EventTally.add(2_000_000)  // what runs in progress add as they handle events
            Thread.sleep(forTimeInterval: 1.5)
        }
        let beats = lines.filter { $0.hasPrefix("running: 0/3 runs done, ") }
        #expect(!beats.isEmpty, "\(lines)")
        #expect(beats.allSatisfy { $0.contains(" events so far (") && $0.hasSuffix(" s elapsed\n") }, "\(beats)")
    }

    @Test("On a terminal, the line is redrawn every second, without an ETA before a run ends")
    func heartbeatTerminal() {
        let lines = written(.terminal) { _ in Thread.sleep(forTimeInterval: 1.6) }
        #expect(lines.contains { $0.contains("runs 0/3") && $0.contains("ETA –") }, "\(lines)")
    }

    @Test("Once every run is done, the heartbeat says nothing more")
    func quietWhenDone() {
        let lines = written(.lines) { p in
            for _ in 0..<3 { p.finished(variant: 0, events: 10) }
            Thread.sleep(forTimeInterval: 0.8)
        }
        #expect(lines.count == 1 && lines[0].hasPrefix("scenario base: done (3/3 runs"), "\(lines)")
    }
}
