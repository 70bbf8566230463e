import Experiments
import Foundation
import ModelSpec
import SimulationKernel
import Synchronization

let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A small channel with every part switched on: a day of 2M app visitors,
/// 100 brands, a 200k-viewer show, two warehouses, returns and care.
let smallChannel = """
    kind: luxury-channel
    traffic:
      visitors-per-day: 2M
      hourly: [.96, .59, .37, .27, .21, .23, .37, .64, .91, 1.07, 1.17, 1.17, 1.23, 1.17, 1.17, 1.23, 1.17, 1.07, 1.12, 1.39, 1.65, 1.81, 1.71, 1.33]
      segments:
        - {name: members, share: 10%, channel-entry: 20%, views-per-visit: 10, cart-per-view: 2%, buy-per-view: 1%, order-per-cart: 40%}
        - {name: others, share: 90%, channel-entry: 1%, views-per-visit: 5, cart-per-view: 1%, buy-per-view: 0.5%, order-per-cart: 30%}
    catalogue:
      brands: 100
      opt-out: 10%
      products-per-brand: 10
      stock-per-product: 3
      substitution: 30%
      categories:
        - {name: beauty, share: 30%, price: {dist: lognormal, mean: 400, cv: 0.5}}
        - {name: fashion, share: 70%, price: {dist: lognormal, mean: 1500, cv: 0.7}}
    checkout:
      hold: 20m
      time-to-order: {dist: exponential, mean: 4m}
      payment: {success: 95%, retries: 1, time: {dist: exponential, mean: 20s}}
      orders-per-second: 5
      payments-per-second: 4
    show:
      start: 8h
      viewers: 200k
      build-up: 30m
      watch-time: 40m
      buy-intent: 0.5%
      buy-delay: {dist: gamma, mean: 60s, cv: 0.8}
      looks: {count: 10, first: 5m, every: 5m, products: 2, stock-per-product: 50, price: {dist: lognormal, mean: 2000, cv: 0.4}}
    fulfilment:
      tiers: [{name: near, share: 40%}, {name: far, share: 60%}]
      warehouses:
        - name: east
          brands: 50%
          pick: {rate: 60/h, shifts: [{from: 0h, workers: 2}, {from: 14h, workers: 4}]}
          pack: {rate: 30/h, shifts: [{from: 0h, workers: 4}, {from: 14h, workers: 8}]}
          outages: [{from: 10h, to: 12h}]
        - name: south
          brands: 50%
          pick: {rate: 60/h, shifts: [{from: 0h, workers: 2}]}
          pack: {rate: 30/h, shifts: [{from: 0h, workers: 4}]}
      carriers:
        - name: fast
          share: 50%
          cutoffs: [12h, 22h]
          truck-capacity: 200
          lead-time: {near: {dist: lognormal, mean: 20h, cv: 0.3}, far: {dist: lognormal, mean: 40h, cv: 0.3}}
        - name: slow
          share: 50%
          cutoffs: [11h, 23h]
          truck-capacity: 300
          lead-time: {near: {dist: lognormal, mean: 30h, cv: 0.3}, far: {dist: lognormal, mean: 60h, cv: 0.3}}
    returns:
      browsing: {beauty: 10%, fashion: 20%}
      live: {beauty: 30%, fashion: 40%}
      time: {dist: uniform, min: 2h, max: 1d}
      restock: 50%
    care:
      bot-containment: 50%
      concurrency: 2
      patience: {dist: exponential, mean: 60s}
      agents: [{from: 0h, agents: 1}, {from: 8h, agents: 2}]
      reasons:
        - {name: status, per-order: 20%, after: order, delay: {dist: exponential, mean: 1h}, handle-time: {dist: exponential, mean: 3m}}
        - {name: delivery, per-order: 10%, after: delivery, delay: {dist: exponential, mean: 1h}, handle-time: {dist: exponential, mean: 5m}}
        - {name: returns, per-order: 80%, after: return, delay: {dist: exponential, mean: 30m}, handle-time: {dist: exponential, mean: 5m}}
    """

/// Writes `model` and an experiment on it into a fresh folder; returns the experiment's path.
func experiment(model: String, body: String) -> String {
    let folder = NSTemporaryDirectory() + "runway-luxury-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: folder + "/m.yaml", contents: Data(model.utf8))
    FileManager.default.createFile(atPath: folder + "/e.yaml", contents: Data(("model: m.yaml\n" + body).utf8))
    return folder + "/e.yaml"
}

/// All runs of the experiment at `path`, in memory.
func results(_ path: String) throws -> ExperimentResults {
    try ReplicationRunner.results(of: try ExperimentLoader.plan(path: path), jobs: ProcessInfo.processInfo.activeProcessorCount)
}

extension ExperimentResults {
    /// Metric `name` of variant `v` by replication.
    func values(_ name: String, variant v: Int = 0) -> [Double] {
        summaries(variant: v).first { $0.name == name }?.values ?? []
    }
}
