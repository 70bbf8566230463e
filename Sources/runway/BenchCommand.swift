import ArgumentParser
import Experiments
import Foundation
import ModelSpec
import QueueingNetwork
import RunwayBenchmarks
import SimulationKernel

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's speed (build with -c release).",
        discussion: """
            hold: P pending events; each handled event schedules one at now + Exp(1) (the \
            classic calendar benchmark), on the ladder-queue calendar and, for reference, on a \
            4-ary heap. mmc: an M/M/c queue (λ = 9, μ = 1, c = 10) through the full \
            queueing-network model with statistics on. Each figure is the median of \
            --repetitions runs (a shared machine's hiccups move single runs by 5-10%).
            """
    )

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    @Option(name: .long, help: "Events per hold measurement.")
    var events = 10_000_000

    @Option(name: .long, help: "Customers in the M/M/c measurement.")
    var customers = 5_000_000

    @Option(name: .long, parsing: .upToNextOption, help: "Pending-event counts for the hold model.")
    var pending: [Int] = [10_000, 1_000_000]

    @Option(name: .long, help: "Runs per figure; the median is reported.")
    var repetitions = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
    }

    func run() throws {
        for pending in pending {
            let ladder = median { HoldModel.run(pending: pending, events: events, seed: 1).seconds }
            report(["benchmark": "\"hold\"", "calendar": "\"ladder\"", "pending": "\(pending)", "events": "\(events)",
                    "seconds": fmt(ladder), "events_per_s": fmt(Double(events) / ladder), "repetitions": "\(repetitions)"])
            let heap = median { HoldModel.runOnHeap(pending: pending, events: events, seed: 1).seconds }
            report(["benchmark": "\"hold\"", "calendar": "\"heap4\"", "pending": "\(pending)", "events": "\(events)",
                    "seconds": fmt(heap), "events_per_s": fmt(Double(events) / heap), "repetitions": "\(repetitions)"])
        }
        let model = """
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {dist: exponential, rate: 9}
                service: {dist: exponential, mean: 1}
                servers: 10
            """
        let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(model.utf8), file: "bench"))
        let horizon = Double(customers) / 9
        var o = Observations()
        let seconds = median {
            let start = ContinuousClock.now
            o = NetworkSimulation.run(spec: spec, seeds: StreamSeeds(seed: 1, replication: 0), horizon: horizon, warmup: 0)
            return elapsed(since: start)
        }
        let served = o.metrics.first { $0.name == "desk.served" }?.value ?? 0
        let wait = o.metrics.first { $0.name == "desk.wait_mean" }?.value ?? 0
        report(["benchmark": "\"mmc\"", "customers": "\(Int(served))", "seconds": fmt(seconds),
                "customers_per_s": fmt(served / seconds), "wait_mean": fmt(wait), "repetitions": "\(repetitions)"])
    }

    /// The median of `repetitions` timings.
    private func median(_ seconds: () -> Double) -> Double {
        let times = (0..<repetitions).map { _ in seconds() }.sorted()
        let mid = times.count / 2
        return times.count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2
    }

    private func report(_ fields: KeyValuePairs<String, String>) {
        if json {
            print("{" + fields.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}")
        } else {
            print(fields.map { "\($0.key)=\($0.value.replacingOccurrences(of: "\"", with: ""))" }.joined(separator: "  "))
        }
    }

    private func fmt(_ x: Double) -> String { String(format: x >= 100 ? "%.0f" : "%.4g", x) }

    private func elapsed(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
