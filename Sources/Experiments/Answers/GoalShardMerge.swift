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
        let output = try OutputFolder(folder, inputs: shards.map { $0 + "/shard.json" })
        let set = try ShardSet(folders: shards)
        let plan = try set.plan { AnswerRun(plan: $0, folder: output.path).fingerprint() }
        var run = AnswerRun(plan: plan, folder: output.path)
        run.experimentFile = set.description.experimentFile
        try set.prepare(output, force: force)
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
