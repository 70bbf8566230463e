import ModelKit
import SimulationKernel

extension NetworkSpec: ModelKind {
    public static let name = "queueing-network"
    public static let summary = "an open queueing network: stations with servers, shifts, capacity, patience and routing"
    /// A steady-state model: warm-up and series, no run-off.
    public static let supports = SettingsSupport(warmup: true, runOff: false, timeSeries: true)

    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        NetworkSimulation.run(spec: self, seeds: seeds, horizon: settings.horizon, warmup: settings.warmup,
                              seriesBucket: settings.seriesBucket)
    }
}
