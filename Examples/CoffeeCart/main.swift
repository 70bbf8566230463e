import Foundation
import RunwayKit

// Runs an experiment on a coffee-cart model with Runway's own machinery: the
// registry gains the new kind, and loading, overrides, replications and the
// results table work as for any other kind.
let registry = ModelKindRegistry.standard.adding(CoffeeCart.self)
let path = CommandLine.arguments.dropFirst().first ?? "Examples/CoffeeCart/coffee.yaml"
do {
    let plan = try ExperimentLoader.plan(path: path, registry: registry)
    let results = try ReplicationRunner.results(of: plan, jobs: 2)
    print(ResultFiles.table(results))
    // M/D/1: Wq = ρ·D / (2(1 − ρ)) (Pollaczek–Khinchine with zero service variance).
    for (v, variant) in plan.variants.enumerated() {
        guard let cart = variant.model as? CoffeeCart,
              let wait = results.summaries(variant: v).first(where: { $0.name == "cart.wait_mean" }) else { continue }
        let rho = cart.arrivalRate * cart.brewTime
        let analytic = rho * cart.brewTime / (2 * (1 - rho))
        let h = wait.summary.halfWidth(level: 0.99)
        let agrees = abs(wait.summary.mean - analytic) <= h
        print("\(variant.scenarioName): mean wait \(wait.summary.mean) ± \(h) (99%), M/D/1 gives \(analytic): \(agrees ? "agrees" : "DISAGREES")")
        if !agrees { exit(1) }
    }
} catch let error as LocatedError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
