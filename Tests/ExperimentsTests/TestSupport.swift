import Experiments
import Foundation
import SimulationKernel
import Synchronization

let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A fresh temporary folder.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "runway-test-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to `name` in `folder` and returns the path.
@discardableResult
func write(_ text: String, to name: String, in folder: String) -> String {
    let path = (folder as NSString).appendingPathComponent(name)
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

/// Runs a plan on `jobs` threads.
func execute(_ plan: RunPlan, jobs: Int) -> ExperimentResults {
    let collected = Mutex<[RunKey: Observations]>([:])
    ReplicationRunner.run(plan, keys: plan.runs, jobs: jobs) { key, o in collected.withLock { $0[key] = o } }
    return ExperimentResults(plan: plan, runs: collected.withLock { $0 })
}

/// A one-station M/M/c model (λ = 8, μ = 1, c = 10) that tests vary.
let deskModel = """
    kind: queueing-network
    stations:
      - name: desk
        arrivals: {dist: exponential, rate: 8}
        service: {dist: exponential, mean: 1}
        servers: 10
    """
