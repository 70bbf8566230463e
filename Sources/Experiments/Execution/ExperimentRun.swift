import Foundation
import ModelSpec
import SimulationKernel
import Synchronization

/// Runs an experiment into a results folder so that nothing computed is lost
/// and nothing is half-written:
///
/// - while running, each finished run is saved in `FOLDER.partial/runs/`
///   (with a checksum: a damaged record is never trusted, but run again);
/// - an interrupted experiment leaves that folder; `resume` runs only the
///   missing runs (the inputs' fingerprint must match) and the results are
///   byte-identical to an uninterrupted run;
/// - at the end the results are published (see `Publication`): they appear
///   under `FOLDER` complete, at once, and a crash at any step is resumable;
/// - `resume` is idempotent: complete results of the same inputs are left
///   alone, an interrupted run is finished, and otherwise the run starts;
/// - `force` replaces only folders Runway made (see `FolderMark`).
public struct ExperimentRun {
    /// The validated experiment and its variants, whose runs this makes.
    public let plan: RunPlan
    /// The results folder as given (checked and normalised by `execute`).
    let requestedFolder: String
    /// The results folder, normalised (`res//` is `res`).
    public let folder: String
    /// Worker threads that simulate replications at once (`--jobs`), at least 1.
    public var jobs = 1
    /// Whether to finish an interrupted run in progress, or leave complete results of the same inputs alone
    /// (`--resume`).
    public var resume = false
    /// Whether existing results Runway made may be replaced (`--force`).
    public var force = false
    /// How progress shows on stderr.
    public var progress: Progress.Style = .quiet
    /// The command's arguments, recorded in `manifest.json`.
    public var commandLine: [String] = []
    /// The slice of the runs this process does (`runway run --shard I/N`).
    public var shard: ShardSlice?
    /// The experiment file's path, recorded in a shard for `runway merge`.
    public var experimentFile = ""
    /// Whether the results get `report.html` (`--no-report`: not).
    public var writesReport = true
    /// Called after each run is saved (tests use it to interrupt at a known point).
    public var afterEachRun: (@Sendable () -> Void)?
    /// Hears of saved runs that cannot be trusted and are run again.
    public var warn: (@Sendable (LocatedError) -> Void)?

    /// A run of `plan` into results folder `folder` (checked by `execute`, not here), one job, quiet, no
    /// resume or force.
    public init(plan: RunPlan, folder: String) {
        self.plan = plan
        requestedFolder = folder
        self.folder = OutputFolder.normalised(folder)
    }

    /// How a run ended.
    public enum Outcome {
        /// The runs are done and the results published (for a shard: its
        /// folder made). The summaries are in the results; the runs of a
        /// whole run went with its run in progress (`observations(of:)` finds
        /// none), those of a shard stay in its folder.
        case completed(ExperimentResults)
        /// With `resume`: the folder already held complete results of these inputs; nothing was run.
        case alreadyComplete(folder: String)
        /// Stopped on request; the saved runs are in `folder` (the run in progress).
        case interrupted(saved: Int, total: Int, folder: String)
        /// Stopped by a failure while running or publishing (a full disk, say):
        /// the error says why, what was kept and what to do.
        case failed(LocatedError)
        /// Stopped because a run's clock stood still (see `ClockStop`): the
        /// model is at fault; the error names its process.
        case clockStopped(LocatedError)
    }

    var staging: String { folder + ".partial" }
    var records: RunRecordFolder { RunRecordFolder(path: staging + "/runs", plan: plan) }
    var kind: FolderMark.Kind { shard == nil ? .results : .shard }

    /// Runs what is missing; stops handing out runs once `stop` is set.
    /// Throws (before running anything) when the folder or the run in
    /// progress may not be used: a mistaken `--out`, results that exist
    /// without `--force`, a folder Runway did not make.
    public func execute(stop: StopRequest) throws -> Outcome {
        _ = try OutputFolder(requestedFolder, inputs: plan.experiment.inputFiles)
        if shard != nil { try plan.checkShardable() }
        let fingerprint = self.fingerprint()
        if FileSystem.exists(folder) {
            if resume && isComplete(folder, fingerprint: fingerprint) {
                try removeLeftovers()
                return .alreadyComplete(folder: folder)
            }
            guard force else {
                if resume, let mark = FolderMark.read(folder), mark.kind == kind {
                    throw LocatedError("results folder exists, made from other inputs or settings; pass --force to replace it", file: folder)
                }
                throw LocatedError("results folder exists; pass --force to replace it (or --resume to keep complete results of these inputs)", file: folder)
            }
            guard FolderMark.isRemovable(folder) else {
                throw LocatedError("not a folder Runway made (it has no \(FolderMark.fileName)), so --force does not replace it; "
                                   + "remove it yourself or choose another --out", file: folder)
            }
        }
        var trusted = try prepareStaging(fingerprint: fingerprint)
        let started = Date()
        // With `replications: {until: …}`, stages of replications until the named intervals are tight.
        var plan = self.plan
        var precision: PrecisionReport?
        while true {
            if let stopped = runMissing(of: plan, trusted: trusted, stop: stop) { return stopped }
            guard let rule = precisionRule else { break }
            let saved = records
            let report: PrecisionReport
            do {
                report = PrecisionReport(try ExperimentResults(plan: plan, reading: { try saved.observations(of: $0) }), rule: rule)
            } catch {
                return .failed(Self.keepingRuns(error, saved: plan.runs.count, in: staging))
            }
            guard let next = report.nextReplications else {
                precision = report
                break
            }
            plan = plan.replicating(next)
            trusted = try records.trustedRuns(of: plan.runs) { warn?($0) }
        }
        let done = (shard.map { plan.runs(shard: $0.index, of: $0.count) } ?? plan.runs).count
        do {
            let records = self.records
            var results = try ExperimentResults(plan: plan, reading: { try records.observations(of: $0) })
            results.precision = precision
            if let shard {
                try publishShard(shard, fingerprint: fingerprint)
            } else {
                try Publication.publish(results, staging: staging, folder: folder, fingerprint: fingerprint,
                                        started: started, commandLine: commandLine, report: writesReport)
            }
            // Read from the published folder from now on.
            let published = RunRecordFolder(path: folder + "/runs", plan: plan)
            return .completed(shard == nil ? results : try ExperimentResults(plan: plan, reading: { try published.observations(of: $0) }))
        } catch {
            return .failed(Self.keepingRuns(error, saved: done, in: staging))
        }
    }

    /// The precision rule, when `replications` names intervals to make tight.
    var precisionRule: ReplicationRule? {
        plan.experiment.replicationRule.flatMap { $0.until.isEmpty ? nil : $0 }
    }

    /// Runs the runs of `plan` (or of this shard) not in `trusted`, saving each
    /// record; nil when all are done, otherwise how the run stopped.
    func runMissing(of plan: RunPlan, trusted: RunSet, stop: StopRequest) -> Outcome? {
        let mine = shard.map { plan.runs(shard: $0.index, of: $0.count) } ?? plan.runs
        var remaining = [Int](repeating: 0, count: plan.variants.count)
        for key in mine where !trusted.contains(mine.planIndex(of: key)) { remaining[key.variant] += 1 }
        let reporter = Progress(style: progress, total: mine.count, alreadyDone: trusted.count, remainingPerVariant: remaining) { v in
            "scenario " + plan.variants[v].displayName
        }
        let saved = Atomic<Int>(0)
        let failure = Mutex<Error?>(nil)
        let stalled = Mutex<LocatedError?>(nil)
        let records = self.records
        let hook = afterEachRun
        let stopRuns = stop
        ReplicationRunner.run(plan, keys: mine, jobs: jobs, skip: { trusted.contains(mine.planIndex(of: $0)) },
                              shouldStop: { stop.isRequested }) { key, o in
            if let stop = o.clockStop {
                stalled.withLock { $0 = $0 ?? ReplicationRunner.stalled(plan, key, stop) }
                stopRuns.request()
                return
            }
            // A run counts as done only once its record is on disk.
            do {
                try records.save(o, of: key)
            } catch {
                failure.withLock { $0 = $0 ?? error }
                stop.request()
                return
            }
            CrashPoint.reach("run-saved")
            saved.add(1, ordering: .relaxed)
            reporter.finished(variant: key.variant, events: o.events)
            hook?()
        }
        let done = trusted.count + saved.load(ordering: .relaxed)
        if let error = stalled.withLock({ $0 }) {
            return .clockStopped(error)
        }
        if let error = failure.withLock({ $0 }) {
            return .failed(Self.keepingRuns(error, saved: done, in: staging))
        }
        if done < mine.count {
            return .interrupted(saved: done, total: mine.count, folder: staging)
        }
        return nil
    }

    /// Makes (or, with `resume`, reopens) the run in progress; returns the runs already saved and trusted.
    func prepareStaging(fingerprint: String) throws -> RunSet {
        let mine = shard.map { plan.runs(shard: $0.index, of: $0.count) } ?? plan.runs
        if try StagingFolder(path: staging).open(fingerprint: fingerprint, resume: resume, force: force, alsoOurs: kind) {
            return try records.trustedRuns(of: mine) { warn?($0) }
        }
        return RunSet(count: mine.planned)
    }

    /// Whether `path` holds complete results (or a complete shard) of these inputs.
    func isComplete(_ path: String, fingerprint: String) -> Bool {
        guard let mark = FolderMark.read(path), mark.kind == kind, mark.fingerprint == fingerprint else { return false }
        guard let shard else { return true }
        guard let description = try? ShardDescription(folder: path) else { return false }
        return description.index == shard.index && description.count == shard.count
    }

    /// What a crash after publishing leaves: the run in progress, or (for a shard) the replaced folder.
    func removeLeftovers() throws {
        if FileSystem.exists(staging), FolderMark.isRemovable(staging) { try FolderMark.removeMarkedFolder(staging) }
        if shard != nil, FileSystem.exists(folder + "/replaced") { try FileSystem.remove(folder + "/replaced") }
    }

    /// A shard's folder is its run in progress, described and renamed: the records are what `runway merge` reads.
    func publishShard(_ shard: ShardSlice, fingerprint: String) throws {
        let description = ShardDescription(experimentFile: experimentFile, replications: plan.experiment.replications,
                                           seed: plan.experiment.seed, index: shard.index, count: shard.count,
                                           fingerprint: fingerprint)
        try FileSystem.write(description.json(), to: staging + "/shard.json")
        try FolderMark(kind: .shard, fingerprint: fingerprint).write(into: staging)
        CrashPoint.reach("publish")
        if FileSystem.exists(staging + "/replaced") { try FileSystem.remove(staging + "/replaced") }
        try Publication.replace(folder, with: staging, setAsideIn: staging + "/replaced")
        if FileSystem.exists(folder + "/replaced") { try FileSystem.remove(folder + "/replaced") }
    }

    /// `error` with what was kept and what to do: the saved runs are safe, and `--resume` finishes.
    static func keepingRuns(_ error: Error, saved: Int, in staging: String) -> LocatedError {
        let located = LocatedError(describing: error)
        let advice = "; the \(saved) finished run\(saved == 1 ? " is" : "s are") kept in \(staging)/: "
            + "fix the cause (free space, say) and run the same command with --resume"
        return LocatedError(located.message + advice, file: located.file, line: located.line, column: located.column)
    }

    /// Identifies the inputs and settings that the saved runs came from.
    func fingerprint() -> String {
        var text = "replications=\(plan.experiment.replications) seed=\(plan.experiment.seed) runs=\(plan.runs.count)\n"
        // Contents, not paths: a shard run from a relative path merges with the same files named absolutely.
        for path in plan.experiment.inputFiles {
            text += (FileSystem.contents(of: path).map { SHA256.hex($0) } ?? "missing") + "\n"
        }
        return SHA256.hex(Array(text.utf8))
    }
}
