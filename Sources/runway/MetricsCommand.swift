import ArgumentParser
import Experiments
import Foundation
import ModelSpec
import SimulationKernel

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List the metrics and time series a model or experiment reports.",
        discussion: """
            For each metric: its name as results files write it, its unit, the values it can take \
            (confidence intervals are clipped to them), its kind (count, mean, quantile, fraction, \
            time-average, peak, level) and what it measures. Headline metrics, marked *, are what \
            the terminal table shows when an experiment names no outputs.table.
            """
    )

    @Argument(help: "A model or experiment file (YAML).")
    var file: String

    @Flag(name: .long, help: "JSON instead of a table.")
    var json = false

    @Flag(name: .long, help: "A Markdown table by metric family, as the README shows.")
    var markdown = false

    func run() throws {
        let catalogue: MetricCatalogue
        do {
            let root = try SpecDocument.load(path: file)
            if root["kind"] != nil {
                catalogue = try ModelKindRegistry.standard.build(from: root).metricCatalogue
            } else {
                catalogue = try ExperimentLoader.plan(path: file).catalogue
            }
        } catch {
            exitForBadInput(error)
        }
        if json {
            print(CatalogueText.json(catalogue), terminator: "")
        } else if markdown {
            print(CatalogueText.markdown(catalogue), terminator: "")
        } else {
            print(CatalogueText.table(catalogue), terminator: "")
        }
    }
}
