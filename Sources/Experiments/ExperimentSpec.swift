import Foundation
import ModelSpec

/// A validated experiment file: which model, how long, how many
/// replications from which seed, and which scenarios to compare.
public struct ExperimentSpec: Sendable {
    /// Name; results go to `results/<name>/` by default.
    public var name: String
    public var description: String?
    /// Path of the model file (resolved against the experiment file's folder).
    public var modelPath: String
    /// Simulated time to run each replication, in the model's time unit.
    public var horizon: Double
    /// Time at the start whose statistics are discarded.
    public var warmup: Double
    public var replications: Int
    public var seed: UInt64
    /// The files read, for the manifest.
    public var inputFiles: [String]

    /// Reads the experiment at `path`.
    public static func load(path: String) throws -> ExperimentSpec {
        let root = try SpecDocument.load(path: path)
        return try ExperimentSpec(from: root, path: path)
    }

    init(from root: SpecNode, path: String) throws {
        var m = try root.mapping("an experiment mapping")
        let nameNode = try m.required("name")
        name = try nameNode.string()
        guard name.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]*$"#, options: .regularExpression) != nil else {
            throw nameNode.error("an experiment name may hold letters, digits, '.', '_' and '-' (it names the results folder)")
        }
        description = try m.optional("description") { try $0.text() }
        let modelNode = try m.required("model")
        let relative = try modelNode.string()
        let folder = (path as NSString).deletingLastPathComponent
        modelPath = relative.hasPrefix("/") || folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
        horizon = try m.required("horizon") { try $0.duration(positive: true, what: "horizon") }
        let warmupNode = m.optional("warmup")
        warmup = try warmupNode?.duration(what: "warm-up") ?? 0
        if warmup >= horizon, let warmupNode {
            throw warmupNode.error("the warm-up must end before the horizon (\(horizon))")
        }
        replications = try m.optional("replications") { try $0.count(minimum: 1, what: "number of replications") } ?? 10
        let seedNode = m.optional("seed")
        let seedValue = try seedNode?.count(minimum: 0, what: "seed") ?? 1
        seed = UInt64(seedValue)
        inputFiles = [path, modelPath]
        try m.finish()
        guard FileManager.default.isReadableFile(atPath: modelPath) else {
            throw modelNode.error("model file '\(modelPath)' does not exist or cannot be read")
        }
    }
}
