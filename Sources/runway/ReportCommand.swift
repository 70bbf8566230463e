import ArgumentParser
import Experiments
import Foundation
import Report

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (charts and tables) of a results folder.",
        discussion: """
            One HTML file with inline SVG and CSS: no script, no request to any network, printable. \
            Everything comes from the results folder (the manifest's description, start, horizon and \
            run-off; summary.json's metric catalogue, table, sweep labels and the shows' and outages' \
            windows), so a folder moved elsewhere gives the same report. A goal's folder (goal.csv) \
            shows its candidates and verdicts, a staffing folder (staffing.csv) its plan against demand \
            and the service level per interval. `runway run` writes one (report.html) unless given --no-report.
            """
    )

    @Argument(help: "A results folder written by `runway run`.")
    var resultsDir: String

    @Option(name: .long, help: "The HTML file to write (default: RESULTS_DIR/report.html).")
    var out: String?

    @Option(name: .long, help: "What time-series bands show: interval (the 95% interval of the mean) or range (10% to 90% of the replications).")
    var band: BandChoice = .interval

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    /// A results folder that cannot be read is bad input (exit status 2); a
    /// report that cannot be written is a failure (1), as for every file.
    func run() throws {
        let html: String
        do {
            html = try ResultsReport.html(folder: resultsDir, band: band.kind)
        } catch {
            exitForBadInput(error)
        }
        let file = out ?? (resultsDir as NSString).appendingPathComponent("report.html")
        do {
            try FileSystem.write(html, to: file)
        } catch {
            exitForFailure(error)
        }
        if !quiet { print("report: \(file)") }
    }
}
