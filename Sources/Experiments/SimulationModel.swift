import LuxuryChannel
import ModelSpec
import QueueingNetwork
import SimulationKernel

/// How long to run and what to record, the same for every run of an experiment.
public struct RunSettings: Sendable, Equatable {
    public let horizon: Double
    public let warmup: Double
    /// Width of time-series buckets, if series are recorded.
    public let seriesBucket: Double?
    /// Local time at the run's start, in seconds since Monday 00:00 (0 without a `start`).
    public var clockOffset: Double = 0
}

/// A model kind ready to run replications: built once from a validated
/// spec, shared read-only by the worker threads.
public protocol SimulationModel: Sendable {
    /// Runs one replication with its random streams from `seeds`.
    func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations
    /// The fully resolved model, as YAML (defaults filled in, units normalised).
    func explanation() -> String
}

/// The model kinds a model file may name under `kind:`.
public enum ModelKind: String, CaseIterable, Sendable {
    case queueingNetwork = "queueing-network"
    case luxuryChannel = "luxury-channel"

    /// Builds the model a (possibly overridden) model tree describes.
    public static func build(from root: SpecNode) throws -> any SimulationModel {
        var top = try root.mapping("a model mapping starting with 'kind:'")
        let kindNode = try top.required("kind")
        let name = try kindNode.string()
        guard let kind = ModelKind(rawValue: name) else {
            var message = "unknown model kind '\(name)'"
            let known = ModelKind.allCases.map(\.rawValue)
            if let s = MappingReader.nearest(to: name, in: known) { message += " (did you mean '\(s)'?)" }
            else { message += "; known kinds: \(known.joined(separator: ", "))" }
            throw kindNode.error(message)
        }
        switch kind {
        case .queueingNetwork: return try NetworkSpec(from: root)
        case .luxuryChannel: return try LuxuryChannelSpec(from: root)
        }
    }
}

extension NetworkSpec: SimulationModel {
    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        NetworkSimulation.run(spec: self, seeds: seeds, horizon: settings.horizon, warmup: settings.warmup,
                              seriesBucket: settings.seriesBucket)
    }
}

extension LuxuryChannelSpec: SimulationModel {
    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        LuxurySimulation.run(spec: self, seeds: seeds, horizon: settings.horizon, clockOffset: settings.clockOffset,
                             seriesBucket: settings.seriesBucket)
    }
}
