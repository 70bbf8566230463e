import SimulationKernel
import Foundation
for p in [CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 10_000] {
    for heap in [false] {
        let e = 5_000_000
        let (t, now) = heap ? HoldModel.runOnHeap(pending: p, events: e, seed: 1) : HoldModel.run(pending: p, events: e, seed: 1)
        print(heap ? "heap" : "ladder", p, e, t, Double(e) / t / 1e6, now)
    }
}
