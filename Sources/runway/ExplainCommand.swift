import ArgumentParser
import Experiments
import Foundation
import ModelSpec

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print the fully resolved model of an experiment or model file.",
        discussion: "Defaults filled in, a scenario's overrides applied, units normalised (durations in seconds)."
    )

    @Argument(help: "An experiment or model file (YAML).")
    var file: String

    @Option(name: .long, help: "The scenario whose overrides to apply (default: the baseline).")
    var scenario: String?

    func run() throws {
        do {
            let root = try SpecDocument.load(path: file)
            if root["kind"] != nil {
                print(try ModelKindRegistry.standard.build(from: root).explanation(), terminator: "")
            } else {
                print(try ExperimentLoader.explain(path: file, scenario: scenario), terminator: "")
            }
        } catch {
            exitForBadInput(error)
        }
    }
}
