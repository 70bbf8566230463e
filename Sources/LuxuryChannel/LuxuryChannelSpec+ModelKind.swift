import ModelKit
import SimulationKernel

extension LuxuryChannelSpec: ModelKind {
    public static let name = "luxury-channel"
    public static let summary = "the Luxury Channel from app traffic to customer care: show, stock, checkout, fulfilment, returns, care"
    /// A launch is a transient, not a steady state: no warm-up.
    public static let supports = SettingsSupport(warmup: false, runOff: false, timeSeries: true)

    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        LuxurySimulation.run(spec: self, seeds: seeds, horizon: settings.horizon, clockOffset: settings.clock.offset,
                             seriesBucket: settings.seriesBucket)
    }
}
