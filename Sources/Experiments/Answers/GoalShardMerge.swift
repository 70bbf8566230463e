import Foundation
import ModelSpec

/// `runway merge` for a goal: the shards evaluated slices of its initial
/// design; their run records are gathered into the results' staging folder
/// and the search runs on them, reusing every saved run — so the answer and
/// `goal.csv` are those of a single-machine run, byte for byte.
public enum GoalShardMerge {
    /// Whether `shards` come from a goal experiment (read from the first shard's description).
    public static func isGoal(shards: [String]) -> Bool {
        guard let first = shards.first, let d = try? ShardDescription(folder: first),
              let spec = try? ExperimentSpec.load(path: d.experimentFile) else { return false }
        return spec.goal != nil
    }

    /// Merges `shards` and finishes the search into `folder`, with `report.html` when `report`.
    public static func merge(shards: [String], into folder: String, force: Bool, jobs: Int, progress: Progress.Style,
                             commandLine: [String], log: (@Sendable (String) -> Void)?, report: Bool = true) throws -> AnswerRun.Outcome {
        let descriptions = try shards.map { try ShardDescription(folder: $0) }
        let first = descriptions[0]
        for (path, d) in zip(shards, descriptions) where d.fingerprint != first.fingerprint || d.count != first.count {
            throw LocatedError("this shard comes from other inputs or another split than \(shards[0])", file: path)
        }
        let indices = descriptions.map(\.index)
        guard Set(indices) == Set(0..<first.count), indices.count == first.count else {
            let missing = Set(0..<first.count).subtracting(indices).sorted()
            throw LocatedError("shards \(missing.map(String.init).joined(separator: ", ")) of \(first.count) are missing (or one is given twice)")
        }
        let plan = try ExperimentLoader.plan(path: first.experimentFile, replications: first.replications, seed: first.seed)
        var run = AnswerRun(plan: plan, folder: folder)
        run.experimentFile = first.experimentFile
        guard run.fingerprint() == first.fingerprint else {
            throw LocatedError("the experiment or its model changed since the shards ran", file: first.experimentFile)
        }
        for (path, what) in [(run.folder, "results folder"), (run.staging, "run in progress")] where FileSystem.exists(path) {
            guard force else { throw LocatedError("a \(what) is here; pass --force to replace it", file: path) }
            guard FolderMark.isRemovable(path) else {
                throw LocatedError("not a folder Runway made (it has no \(FolderMark.fileName)), so --force does not replace it", file: path)
            }
        }
        if FileSystem.exists(run.staging) { try FolderMark.removeMarkedFolder(run.staging) }
        try FileSystem.createFolder(run.staging)
        try FolderMark(kind: .staging, fingerprint: first.fingerprint).write(into: run.staging)
        try FileSystem.createFolder(run.runsFolder)
        for path in shards {
            for name in try FileSystem.entries(of: path + "/runs").sorted() where name.hasSuffix(".run") {
                guard let bytes = FileSystem.contents(of: path + "/runs/" + name) else {
                    throw LocatedError("cannot read the run record", file: path + "/runs/" + name)
                }
                try FileSystem.write(bytes, to: run.runsFolder + "/" + name)
            }
        }
        run.resume = true
        run.force = force
        run.jobs = jobs
        run.progress = progress
        run.commandLine = commandLine
        run.log = log
        run.writesReport = report
        return try run.execute(stop: StopRequest())
    }
}
