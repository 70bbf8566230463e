import ArgumentParser
import Experiments
import Foundation
import LuxuryChannel
import Report

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (charts and tables) of a results folder.",
        discussion: """
            One HTML file with inline SVG and CSS: no script, no request to any network, printable.
            When the experiment file named in the manifest can be read, its description, start,
            table metrics and the model's shows and outages are used too.
            """
    )

    @Argument(help: "A results folder written by `runway run`.")
    var resultsDir: String

    @Option(name: .long, help: "The HTML file to write (default: RESULTS_DIR/report.html).")
    var out: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        do {
            let results = try ResultsFolderReader(folder: resultsDir).read()
            let context = Self.context(experimentFile: results.manifest?.inputFiles.first?.path)
            let file = out ?? (resultsDir as NSString).appendingPathComponent("report.html")
            try ResultsFolder.writeAtomically(ReportBuilder(results: results, context: context).html, to: file)
            if !quiet { print("report: \(file)") }
        } catch {
            exitForBadInput(error)
        }
    }

    /// What the experiment file (and its baseline model) add to the report, when it can be read.
    static func context(experimentFile: String?) -> ReportContext {
        guard let path = experimentFile, FileManager.default.isReadableFile(atPath: path),
              let plan = try? ExperimentLoader.plan(path: path, replications: 1) else { return ReportContext() }
        let experiment = plan.experiment
        var context = ReportContext(description: experiment.description?.trimmingCharacters(in: .whitespacesAndNewlines),
                                    modelPath: experiment.modelPath,
                                    clock: experiment.start.map { WallClock(epochSeconds: $0.date.timeIntervalSince1970, utcOffset: $0.utcOffset) },
                                    headlineMetrics: experiment.outputs.tableMetrics)
        if let luxury = plan.variants.first?.model as? LuxuryChannelSpec {
            let clock = plan.settings.clock
            for show in luxury.shows {
                let start = show.startTime(on: clock)
                let starts = show.walkTimes(on: clock)
                let lastGap = starts.count >= 2 ? starts[starts.count - 1] - starts[starts.count - 2] : 0
                let end = (starts.last ?? start) + lastGap
                context.windows.append(.init(start: start, end: max(end, start + 60),
                                             label: luxury.shows.count > 1 ? "show \(show.name)" : "live show"))
            }
            for warehouse in luxury.fulfilment?.warehouses ?? [] {
                for outage in warehouse.outages {
                    guard let period = outage.period(on: clock) else { continue }
                    context.windows.append(.init(start: period.from, end: period.to, label: "outage \(warehouse.name)", kind: .outage))
                }
            }
        }
        return context
    }
}
