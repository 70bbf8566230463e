import Foundation
import ModelSpec
import SimulationKernel

/// What a shard folder records so that `runway merge` can rebuild the plan
/// (`shard.json`).
public struct ShardDescription: Sendable, Codable, Equatable {
    /// The experiment file the shard ran, as given to `runway run`.
    public let experimentFile: String
    /// Replications per variant in the whole plan.
    public let replications: Int
    /// The experiment's seed.
    public let seed: UInt64
    /// Which shard this is, from 0 (`shard` in the file).
    public let index: Int
    /// How many shards the runs were cut into (`shards` in the file).
    public let count: Int
    /// The fingerprint of the inputs and settings; every shard of one merge must carry the same.
    public let fingerprint: String

    enum CodingKeys: String, CodingKey {
        case experimentFile = "experiment_file", replications, seed, index = "shard", count = "shards", fingerprint
    }

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

    /// Reads `folder/shard.json`; the error says what is missing or wrong.
    public static func read(folder: String) throws -> ShardDescription {
        try ShardDescription(folder: folder)
    }

    /// Reads `folder/shard.json`; the error says what is missing or wrong.
    init(folder: String) throws {
        let file = folder + "/shard.json"
        guard let bytes = FileSystem.contents(of: file) else {
            throw LocatedError("not a shard folder (no readable shard.json); was it made with --shard?", file: folder)
        }
        let d = try JSONFile.decode(ShardDescription.self, from: bytes, file: file)
        guard d.count >= 1, d.index >= 0, d.index < d.count, d.replications >= 1 else {
            throw LocatedError("shard \(d.index) of \(d.count) with \(d.replications) replications is not a possible shard", file: file)
        }
        self = d
    }
}

/// Combines shard folders into the results of the whole experiment: the
/// same files, byte for byte, as one machine would have written (the
/// manifest aside, which records this merge). Every run record is checked
/// (checksum, metrics); one that does not verify is refused, naming its file
/// and line.
public enum ShardMerge {
    /// Merges `shards` into `folder`; refuses to replace it, or a run in
    /// progress beside it (`folder.partial`), without `force`, and replaces
    /// only folders Runway made.
    @discardableResult
    public static func merge(shards: [String], into folder: String, force: Bool, commandLine: [String],
                             report: Bool = true) throws -> ExperimentResults {
        let output = try OutputFolder(folder, inputs: shards.map { $0 + "/shard.json" })
        let set = try ShardSet(folders: shards)
        let first = set.description
        let plan = try set.plan { ExperimentRun(plan: $0, folder: output.path).fingerprint() }
        let folders = set.foldersBySlice
        let keys = plan.runs
        let read: @Sendable (RunKey) throws -> Observations? = { key in
            let shard = keys.planIndex(of: key) % first.count
            let records = RunRecordFolder(path: folders[shard] + "/runs", plan: plan)
            do {
                guard let o = try records.observations(of: key) else {
                    throw LocatedError("run missing", file: records.file(of: key))
                }
                return o
            } catch let error as LocatedError {
                throw LocatedError(error.message + "; run shard \(shard) again (with --force)",
                                   file: error.file, line: error.line, column: error.column)
            }
        }
        // Every record is read and checked here, before anything is written.
        let results = try ExperimentResults(plan: plan, reading: read)
        try set.prepare(output, force: force)
        try Publication.publish(results, staging: output.staging, folder: output.path, fingerprint: first.fingerprint,
                                started: Date(), commandLine: commandLine, report: report)
        return results
    }
}
