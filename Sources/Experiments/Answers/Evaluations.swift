import Foundation
import ModelSpec
import ModelKit
import SimulationKernel
import Synchronization

/// Replications of candidates, run through the replication runner on
/// `jobs` threads and kept as run records `<candidate key>-r<replication>.run`
/// in the results staging folder: a search asks for the replications it
/// needs, gets those already saved at once (an interrupted search, resumed,
/// replays its steps on them) and runs the rest. Replication r of every
/// candidate uses the same random numbers (common random numbers).
public final class Evaluations {
    /// The experiment's plan: seed, horizon, settings; its variants are not used.
    let basePlan: RunPlan
    /// Where run records go (nil: kept in memory only).
    let recordsFolder: String?
    let jobs: Int
    let stop: StopRequest
    let progress: Progress.Style
    /// Called after each run is saved (tests use it to interrupt at a known point).
    let afterEachRun: (@Sendable () -> Void)?
    /// Observations by candidate key and replication.
    private var cache: [String: [Int: Observations]] = [:]
    /// Hears of saved runs that cannot be trusted and are run again.
    public var warn: (@Sendable (LocatedError) -> Void)?
    /// Runs simulated here, and runs found saved.
    public private(set) var runsSimulated = 0
    /// Runs read back from their records instead of simulated.
    public private(set) var runsReused = 0
    /// Events handled by the runs simulated here.
    public private(set) var eventsSimulated = 0

    /// Evaluations under `plan`'s seed and settings (with `seriesBucket` for time series, or none).
    public init(plan: RunPlan, seriesBucket: Double?, recordsFolder: String?, jobs: Int, stop: StopRequest,
                progress: Progress.Style = .quiet, afterEachRun: (@Sendable () -> Void)? = nil) {
        var experiment = plan.experiment
        experiment.outputs.seriesBucket = seriesBucket
        experiment.outputs.seriesMetrics = nil
        basePlan = RunPlan(experiment: experiment, variants: [], sweepColumns: [])
        self.recordsFolder = recordsFolder
        self.jobs = jobs
        self.stop = stop
        self.progress = progress
        self.afterEachRun = afterEachRun
    }

    /// Stopped on request before every run asked for was done; the runs done are saved.
    public struct Interrupted: Error {}

    /// A run's clock stood still (see `ClockStop`): the model is at fault.
    public struct Stalled: Error {
        /// What stood still, where.
        public let error: LocatedError
    }

    /// Replications `0..<n` of every candidate, in candidate order; throws
    /// `Interrupted` when a stop was requested before they were all done.
    public func observations(of candidates: [Candidate], replications n: Int) throws -> [[Observations]] {
        try ensure(candidates.flatMap { c in (0..<n).map { (c, $0) } })
        return candidates.map { candidate in (0..<n).map { cache[candidate.key]![$0]! } }
    }

    /// Makes sure every (candidate, replication) of `runs` is at hand: found
    /// in memory, read from its record, or run (in the order given).
    public func ensure(_ runs: [(Candidate, Int)]) throws {
        var candidates: [Candidate] = []
        var index: [String: Int] = [:]
        var missing: [RunKey] = []
        for (candidate, r) in runs where cache[candidate.key]?[r] == nil {
            if let saved = savedRun(candidate, replication: r) {
                cache[candidate.key, default: [:]][r] = saved
                runsReused += 1
                continue
            }
            let c = index[candidate.key] ?? candidates.count
            if c == candidates.count {
                index[candidate.key] = c
                candidates.append(candidate)
            }
            missing.append(RunKey(variant: c, replication: r))
        }
        if !missing.isEmpty { try run(missing, of: candidates) }
    }

    private func run(_ keys: [RunKey], of candidates: [Candidate]) throws {
        var experiment = basePlan.experiment
        experiment.replications = (keys.map(\.replication).max() ?? 0) + 1
        let variants = candidates.enumerated().map { i, c in
            Variant(scenario: c.scenario, scenarioName: experiment.scenarios[c.scenario].name, point: i,
                    sweepValues: [c.label], model: c.model)
        }
        let plan = RunPlan(experiment: experiment, variants: variants, sweepColumns: [])
        // On a terminal, the updating line of each batch; otherwise the search's own lines say what happened.
        var remaining = [Int](repeating: 0, count: candidates.count)
        for key in keys { remaining[key.variant] += 1 }
        let reporter = Progress(style: progress == .terminal ? .terminal : .quiet, total: keys.count, alreadyDone: 0,
                                remainingPerVariant: remaining) { v in
            "scenario \(variants[v].scenarioName) [\(candidates[v].label)]"
        }
        let collected = Mutex<[RunKey: Observations]>([:])
        let failure = Mutex<Error?>(nil)
        let stalled = Mutex<LocatedError?>(nil)
        let folder = recordsFolder
        let stop = self.stop
        let hook = afterEachRun
        ReplicationRunner.run(plan, keys: keys, jobs: jobs, shouldStop: { stop.isRequested }) { key, o in
            if let clock = o.clockStop {
                stalled.withLock { $0 = $0 ?? ReplicationRunner.stalled(plan, key, clock) }
                stop.request()
                return
            }
            if let folder {
                do {
                    try FileSystem.write(RunRecord.encode(o), to: folder + "/" + Self.fileName(candidates[key.variant], key.replication))
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                    stop.request()
                    return
                }
            }
            collected.withLock { $0[key] = o }
            reporter.finished(variant: key.variant, events: o.events)
            hook?()
        }
        if let error = stalled.withLock({ $0 }) { throw Stalled(error: error) }
        if let error = failure.withLock({ $0 }) { throw error }
        let done = collected.withLock { $0 }
        for (key, o) in done { cache[candidates[key.variant].key, default: [:]][key.replication] = o }
        runsSimulated += done.count
        eventsSimulated += done.values.reduce(0) { $0 + $1.events }
        if done.count < keys.count { throw Interrupted() }
    }

    /// A saved run of `candidate` that verifies (checksum, exactly its model's
    /// metrics and the series recorded), if any; one that does not is reported to `warn` and run again.
    private func savedRun(_ candidate: Candidate, replication r: Int) -> Observations? {
        guard let path = recordPath(candidate, r), let bytes = FileSystem.contents(of: path) else { return nil }
        do {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw LocatedError("the run record is not UTF-8 text: damaged", file: path)
            }
            return try RunRecord.decode(text, file: path, catalogue: candidate.model.metricCatalogue,
                                        series: basePlan.experiment.outputs.seriesBucket != nil)
        } catch let error as LocatedError {
            warn?(error)
            return nil
        } catch {
            return nil
        }
    }

    private func recordPath(_ candidate: Candidate, _ r: Int) -> String? {
        recordsFolder.map { $0 + "/" + Self.fileName(candidate, r) }
    }

    /// The record file of replication `r` of `candidate`.
    static func fileName(_ candidate: Candidate, _ r: Int) -> String { "\(candidate.key)-r\(r).run" }

    func forgetRuns(of key: String) { cache[key] = nil }

}

extension Evaluations {
    /// Drops `candidate`'s runs from memory (its records stay on disk).
    public func forget(_ candidate: Candidate) {
        forgetRuns(of: candidate.key)
    }
}
