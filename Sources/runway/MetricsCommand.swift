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

    /// How the catalogue is printed: one of `--table` (the default), `--json`
    /// and `--markdown`; giving two is a usage error (exit status 64).
    enum Format: String, EnumerableFlag {
        case table, json, markdown

        static func help(for value: Format) -> ArgumentHelp? {
            switch value {
            case .table: return "A table for the terminal (the default)."
            case .json: return "JSON instead of a table."
            case .markdown: return "A Markdown table by metric family, as the README shows."
            }
        }
    }

    @Flag(exclusivity: .exclusive)
    var format: Format = .table

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
        switch format {
        case .table: print(CatalogueText.table(catalogue), terminator: "")
        case .json: print(CatalogueText.json(catalogue), terminator: "")
        case .markdown: print(CatalogueText.markdown(catalogue), terminator: "")
        }
    }
}
