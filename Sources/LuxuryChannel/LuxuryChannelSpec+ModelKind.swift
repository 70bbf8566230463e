import ModelKit
import SimulationKernel

extension LuxuryChannelSpec: ModelKind {
    /// The name model files give under `kind:`.
    public static let name = "luxury-channel"
    /// What the kind models, in one line.
    public static let summary = "the Luxury Channel from app traffic to customer care: show, stock, checkout, fulfilment, returns, care"
    /// A launch is a transient, not a steady state: no warm-up. A run-off
    /// lets the horizon's orders finish: demand stops at the horizon, the
    /// work it started goes on to horizon + run-off.
    public static let supports = SettingsSupport(warmup: false, runOff: true, timeSeries: true)

    /// One replication with streams from `seeds`, run as `settings` say.
    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        LuxurySimulation.run(spec: self, seeds: seeds, settings: settings)
    }

    /// The visitors simulated one by one up to the horizon — those who enter
    /// the channel, or every app visitor with `visitor-level` — and every
    /// show's viewers.
    public func expectedArrivals(settings: RunSettings) -> Double? {
        let app = TrafficRates.app(traffic, clock: settings.clock, horizon: settings.horizon).expectedArrivals(from: 0, to: settings.horizon)
        let entering = visitorLevel ? 1 : traffic.segments.reduce(0) { $0 + $1.share * $1.channelEntry }
        return app * entering + shows.reduce(0) { $0 + $1.viewers }
    }
}
