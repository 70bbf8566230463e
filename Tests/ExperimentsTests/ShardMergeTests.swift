import Experiments
import Foundation
import ModelSpec
import Testing

@Suite("Shards and merge")
struct ShardMergeTests {
    /// Three shards run separately (one of them from a relative path) and
    /// merged must equal the whole experiment run on one machine, file by file.
    @Test("Merged shards are byte-identical to the whole run")
    func mergeEqualsWhole() throws {
        let folder = temporaryFolder()
        let experiment = "\(repositoryRoot)/experiments/desk-staffing.yaml"
        let plan = try ExperimentLoader.plan(path: experiment, replications: 2)
        var whole = ExperimentRun(plan: plan, folder: folder + "/whole")
        whole.jobs = 2
        _ = try whole.execute(stop: StopRequest())

        var shardFolders: [String] = []
        var covered: [RunKey] = []
        for i in 0..<3 {
            var shard = ExperimentRun(plan: plan, folder: folder + "/shard-\(i)")
            shard.shard = ShardSlice(index: i, of: 3)
            shard.experimentFile = experiment
            shard.jobs = 1
            guard case .completed(let partial) = try shard.execute(stop: StopRequest()) else {
                Issue.record("shard \(i) did not complete")
                return
            }
            covered += try plan.runs.filter { try partial.observations(of: $0) != nil }
            shardFolders.append(folder + "/shard-\(i)")
        }
        #expect(covered.count == plan.runs.count && Set(covered).count == plan.runs.count, "shards must cover every run once")

        try ShardMerge.merge(shards: shardFolders.reversed(), into: folder + "/merged", force: false, commandLine: [])
        for name in ["summary.json", "summary.csv", "replications.csv", "comparisons.csv", "timeseries.csv"] {
            let a = FileManager.default.contents(atPath: "\(folder)/whole/\(name)")
            let b = FileManager.default.contents(atPath: "\(folder)/merged/\(name)")
            #expect(a != nil && a == b, "\(name) differs after merge")
        }
        // A missing shard is refused.
        #expect(throws: LocatedError.self) {
            try ShardMerge.merge(shards: Array(shardFolders.prefix(2)), into: folder + "/incomplete", force: false, commandLine: [])
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/incomplete"))
    }
}
