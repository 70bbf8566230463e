import ArgumentParser
import Experiments
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the folders of `runway run --shard I/N` into the experiment's results.",
        discussion: "The results are byte-identical to a single-machine run (the manifest records the merge)."
    )

    @Argument(help: "Shard folders, all N of them.")
    var shards: [String]

    @Option(name: .long, help: "Results folder.")
    var out: String

    @Flag(name: .long, help: "Replace an existing results folder.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        do {
            let results = try ShardMerge.merge(shards: shards, into: out, force: force, commandLine: CommandLine.arguments)
            if !quiet {
                print(ResultFiles.table(results))
                print("merged \(shards.count) shards, \(results.runCount) runs; results in \(out)/")
            }
        } catch {
            exitForBadInput(error)
        }
    }
}
