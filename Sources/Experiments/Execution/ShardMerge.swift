import Foundation
import ModelSpec
import SimulationKernel

/// What a shard folder records so that `runway merge` can rebuild the plan.
public struct ShardDescription: Sendable {
    public let experimentFile: String
    public let replications: Int
    public let seed: UInt64
    public let index: Int
    public let count: Int
    public let fingerprint: String

    func json() -> String {
        JSONText.object([
            ("experiment_file", JSONText.string(experimentFile)),
            ("replications", String(replications)),
            ("seed", String(seed)),
            ("shard", String(index)),
            ("shards", String(count)),
            ("fingerprint", JSONText.string(fingerprint)),
        ]) + "\n"
    }

    init(experimentFile: String, replications: Int, seed: UInt64, index: Int, count: Int, fingerprint: String) {
        self.experimentFile = experimentFile
        self.replications = replications
        self.seed = seed
        self.index = index
        self.count = count
        self.fingerprint = fingerprint
    }

    init?(folder: String) {
        guard let data = FileManager.default.contents(atPath: folder + "/shard.json"),
              let root = JSONValue.parse(String(decoding: data, as: UTF8.self)),
              let file = root["experiment_file"]?.string,
              case .number(let reps)? = root["replications"], let replications = Int(reps),
              case .number(let seedText)? = root["seed"], let seed = UInt64(seedText),
              case .number(let i)? = root["shard"], let index = Int(i),
              case .number(let n)? = root["shards"], let count = Int(n),
              let fingerprint = root["fingerprint"]?.string else { return nil }
        self.init(experimentFile: file, replications: replications, seed: seed, index: index, count: count, fingerprint: fingerprint)
    }
}

/// Combines shard folders into the results of the whole experiment: the
/// same files, byte for byte, as one machine would have written (the
/// manifest aside, which records this merge).
public enum ShardMerge {
    /// Merges `shards` into `folder`; refuses to replace it without `force`.
    @discardableResult
    public static func merge(shards: [String], into folder: String, force: Bool, commandLine: [String]) throws -> ExperimentResults {
        guard let firstFolder = shards.first else { throw LocatedError("no shard folders given") }
        let descriptions = try shards.map { path -> ShardDescription in
            guard let d = ShardDescription(folder: path) else {
                throw LocatedError("not a shard folder (no readable shard.json); was it made with --shard?", file: path)
            }
            return d
        }
        let first = descriptions[0]
        for (path, d) in zip(shards, descriptions) where d.fingerprint != first.fingerprint || d.count != first.count {
            throw LocatedError("this shard comes from other inputs or another split than \(firstFolder)", file: path)
        }
        let indices = descriptions.map(\.index)
        let expected = Set(0..<first.count)
        guard Set(indices) == expected, indices.count == first.count else {
            let missing = expected.subtracting(indices).sorted()
            throw LocatedError("shards \(missing.map(String.init).joined(separator: ", ")) of \(first.count) are missing (or one is given twice)")
        }
        let plan = try ExperimentLoader.plan(path: first.experimentFile, replications: first.replications, seed: first.seed)
        var probe = ExperimentRun(plan: plan, folder: folder)
        probe.experimentFile = first.experimentFile
        guard probe.fingerprint() == first.fingerprint else {
            throw LocatedError("the experiment or its model changed since the shards ran", file: first.experimentFile)
        }
        if FileManager.default.fileExists(atPath: folder) && !force {
            throw LocatedError("results folder exists; pass --force to replace it", file: folder)
        }
        var runs: [RunKey: Observations] = [:]
        for (path, d) in zip(shards, descriptions) {
            for key in plan.runs(shard: d.index, of: d.count) {
                let file = path + "/runs/" + ExperimentRun.fileName(key)
                guard let text = try? String(contentsOfFile: file, encoding: .utf8), let o = RunRecord.decode(text),
                      o.matches(plan.variants[key.variant].model.metricCatalogue) else {
                    throw LocatedError("run missing or unreadable; rerun shard \(d.index)", file: file)
                }
                runs[key] = o
            }
        }
        let results = ExperimentResults(plan: plan, runs: runs)
        let staging = folder + ".partial"
        try? FileManager.default.removeItem(atPath: staging)
        try ExperimentRun.publish(results, staging: staging, folder: folder, started: Date(), commandLine: commandLine)
        return results
    }
}
