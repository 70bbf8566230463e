import ArgumentParser
import Experiments
import Report

struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the results table of a results folder (as `runway run` printed it).",
        discussion: """
            Each metric's mean and 95% interval in planners' units per scenario and sweep point, \
            with each scenario's paired difference from the baseline. --format markdown gives \
            the same table for pasting into a ticket or a wiki.
            """
    )

    @Argument(help: "A results folder written by `runway run`.")
    var resultsDir: String

    @Option(name: .long, help: "plain (for the terminal) or markdown.")
    var format: ResultsTable.Format = .plain

    func run() throws {
        do {
            print(ResultsTable(try ResultsFolderReader(folder: resultsDir).read()).text(format), terminator: "")
        } catch {
            exitForBadInput(error)
        }
    }
}
