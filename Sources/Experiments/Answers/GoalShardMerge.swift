import Foundation
import ModelSpec

/// `runway merge` for a goal: the shards evaluated slices of its initial
/// design; their run records are gathered into the results' staging folder
/// and the search runs on them, reusing every saved run — so the answer and
/// `goal.csv` are those of a single-machine run, byte for byte.
public enum GoalShardMerge {
    /// Whether `shards` come from a goal experiment (read from the first shard's description).
    public static func isGoal(shards: [String]) -> Bool {
        guard let first = shards.first, let d = ShardDescription(folder: first),
              let spec = try? ExperimentSpec.load(path: d.experimentFile) else { return false }
        return spec.goal != nil
    }

    /// Merges `shards` and finishes the search into `folder`.
    public static func merge(shards: [String], into folder: String, force: Bool, jobs: Int, progress: Progress.Style,
                             commandLine: [String], log: (@Sendable (String) -> Void)?) throws -> AnswerRun.Outcome {
        let descriptions = try shards.map { path -> ShardDescription in
            guard let d = ShardDescription(folder: path) else {
                throw ShardMerge.Failure(description: "\(path): error: not a shard folder (no readable shard.json); was it made with --shard?")
            }
            return d
        }
        let first = descriptions[0]
        for (path, d) in zip(shards, descriptions) where d.fingerprint != first.fingerprint || d.count != first.count {
            throw ShardMerge.Failure(description: "\(path): error: this shard comes from other inputs or another split than \(shards[0])")
        }
        let indices = descriptions.map(\.index)
        guard Set(indices) == Set(0..<first.count), indices.count == first.count else {
            let missing = Set(0..<first.count).subtracting(indices).sorted()
            throw ShardMerge.Failure(description: "error: shards \(missing.map(String.init).joined(separator: ", ")) of \(first.count) are missing (or one is given twice)")
        }
        let plan = try ExperimentLoader.plan(path: first.experimentFile, replications: first.replications, seed: first.seed)
        var run = AnswerRun(plan: plan, folder: folder)
        run.experimentFile = first.experimentFile
        guard run.fingerprint() == first.fingerprint else {
            throw ShardMerge.Failure(description: "\(first.experimentFile): error: the experiment or its model changed since the shards ran")
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) && !force {
            throw ShardMerge.Failure(description: "\(folder): error: results folder exists; pass --force to replace it")
        }
        try? fm.removeItem(atPath: run.staging)
        try fm.createDirectory(atPath: run.runsFolder, withIntermediateDirectories: true)
        for path in shards {
            for name in (try fm.contentsOfDirectory(atPath: path + "/runs")).sorted() where name.hasSuffix(".run") {
                try fm.copyItem(atPath: path + "/runs/" + name, toPath: run.runsFolder + "/" + name)
            }
        }
        try ResultsFolder.writeAtomically(first.fingerprint + "\n", to: run.staging + "/plan.sha256")
        run.resume = true
        run.force = force
        run.jobs = jobs
        run.progress = progress
        run.commandLine = commandLine
        run.log = log
        return try run.execute(stop: StopRequest())
    }
}
