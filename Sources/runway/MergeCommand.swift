import ArgumentParser
import Experiments
import Foundation
import Report

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

    @Option(name: .long, help: "The results table: plain (for the terminal) or markdown.")
    var format: ResultsTable.Format = .plain

    @Flag(name: .long, help: "Write no report.html into the results.")
    var noReport = false

    func run() throws {
        if GoalShardMerge.isGoal(shards: shards) {
            try mergeGoal()
            return
        }
        do {
            let results = try ShardMerge.merge(shards: shards, into: out, force: force, commandLine: CommandLine.arguments,
                                               report: !noReport)
            if !quiet {
                print(ResultFiles.table(results, format: format))
                print("merged \(shards.count) shards, \(results.runCount) runs; results in \(out)/")
                if !noReport { print("report: \(OutputFolder.normalised(out))/report.html") }
            }
        } catch {
            exitForBadInput(error)
        }
    }

    /// A goal's shards: gather the initial design's runs and finish the search on them.
    func mergeGoal() throws {
        let outcome: AnswerRun.Outcome
        let toStderr: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let log = quiet ? nil : toStderr
        do {
            outcome = try GoalShardMerge.merge(
                shards: shards, into: out, force: force, jobs: AvailableCPUs.count(), progress: Progress.style(quiet: quiet),
                commandLine: CommandLine.arguments, log: log, report: !noReport)
        } catch {
            exitForBadInput(error)
        }
        guard case .goal(let answer) = outcome else {
            if case .failed(let error) = outcome { exitReporting(error, status: 1) }
            if case .clockStopped(let error) = outcome { exitForBadInput(error) }
            throw ExitCode(1)
        }
        if !quiet {
            print(answer.text + "merged \(shards.count) shards; results in \(out)/")
            if !noReport { print("report: \(OutputFolder.normalised(out))/report.html") }
        }
        if !answer.isFeasible { throw ExitCode(1) }
    }
}
