import ArgumentParser
import Foundation
import Experiments
import ModelSpec
import Report

struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the results table of a results folder (as `runway run` printed it).",
        discussion: """
            Each metric's mean and 95% interval in planners' units per scenario and sweep point, \
            with each scenario's paired difference from the baseline. --format markdown gives \
            the same table for pasting into a ticket or a wiki. For the results of a goal or a \
            staffing question, its answer (answer.txt) as `runway run` printed it.
            """
    )

    @Argument(help: "A results folder written by `runway run`.")
    var resultsDir: String

    @Option(name: .long, help: "plain (for the terminal) or markdown.")
    var format: ResultsTable.Format = .plain

    func run() throws {
        do {
            let results = try ResultsFolderReader(folder: resultsDir).read()
            // A goal's or a staffing plan's folder has no table of scenarios: its answer, as `runway run` printed it.
            if results.goal != nil || results.staffing != nil {
                let answer = (resultsDir as NSString).appendingPathComponent("answer.txt")
                guard let text = try? String(contentsOfFile: answer, encoding: .utf8) else {
                    throw LocatedError("cannot read the answer of this goal or staffing question", file: answer)
                }
                print(text, terminator: "")
                return
            }
            print(ResultsTable(results).text(format), terminator: "")
        } catch {
            exitForBadInput(error)
        }
    }
}
