import Foundation
import ModelSpec

/// The shard folders given to `runway merge`, read and checked together:
/// every shard comes from the same inputs and the same split, and each slice
/// I of N is there exactly once.
struct ShardSet {
    /// The shard folders, in slice order (index I holds slice I).
    let foldersBySlice: [String]
    /// The first shard's description (inputs, split, replications, seed).
    let description: ShardDescription

    /// Reads `folders`' `shard.json`; refuses an empty list, a shard of other
    /// inputs or another split, and a missing or doubled slice.
    init(folders: [String]) throws {
        guard let firstFolder = folders.first else { throw LocatedError("no shard folders given") }
        let descriptions = try folders.map { try ShardDescription(folder: $0) }
        let first = descriptions[0]
        for (path, d) in zip(folders, descriptions) where d.fingerprint != first.fingerprint || d.count != first.count {
            throw LocatedError("this shard comes from other inputs or another split than \(firstFolder)", file: path)
        }
        let indices = descriptions.map(\.index)
        let expected = Set(0..<first.count)
        guard Set(indices) == expected, indices.count == first.count else {
            let missing = expected.subtracting(indices).sorted()
            throw LocatedError("shards \(missing.map(String.init).joined(separator: ", ")) of \(first.count) are missing (or one is given twice)")
        }
        var bySlice = Array(repeating: "", count: first.count)
        for (path, d) in zip(folders, descriptions) { bySlice[d.index] = path }
        foldersBySlice = bySlice
        description = first
    }

    /// The experiment's plan as the shards ran it; refuses inputs changed since
    /// (`fingerprint` computes the plan's fingerprint the way its run does).
    func plan(fingerprint: (RunPlan) -> String) throws -> RunPlan {
        let plan = try ExperimentLoader.plan(path: description.experimentFile, replications: description.replications,
                                             seed: description.seed)
        guard fingerprint(plan) == description.fingerprint else {
            throw LocatedError("the experiment or its model changed since the shards ran", file: description.experimentFile)
        }
        return plan
    }

    /// Refuses to replace `output` or its run in progress without `force`, and
    /// with it replaces only folders Runway made; then makes a fresh staging
    /// folder marked with the shards' fingerprint.
    func prepare(_ output: OutputFolder, force: Bool) throws {
        for (path, what) in [(output.path, "results folder"), (output.staging, "run in progress")] where FileSystem.exists(path) {
            guard force else { throw LocatedError("a \(what) is here; pass --force to replace it", file: path) }
            guard FolderMark.isRemovable(path) else {
                throw LocatedError("not a folder Runway made (it has no \(FolderMark.fileName)), so --force does not replace it", file: path)
            }
        }
        if FileSystem.exists(output.staging) { try FolderMark.removeMarkedFolder(output.staging) }
        try FileSystem.createFolder(output.staging)
        try FolderMark(kind: .staging, fingerprint: description.fingerprint).write(into: output.staging)
    }
}
