import ArgumentParser
import Experiments
import Foundation
import ModelSpec

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check experiment or model files without running them.",
        discussion: "Prints FILE:LINE:COLUMN: error: … on stderr for the first mistake in each file; exit status 2 if any. Notes (FILE:LINE:COLUMN: note: …, such as a goal constraint not declared monotone in a varied input) do not change the exit status."
    )

    @Argument(help: "Experiment or model files (YAML).")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                let root = try SpecDocument.load(path: file)
                if root["kind"] != nil {
                    _ = try ModelKindRegistry.standard.build(from: root)
                } else {
                    let plan = try ExperimentLoader.plan(path: file)
                    for note in plan.notes { FileHandle.standardError.write(Data((note.formatted(as: "note") + "\n").utf8)) }
                }
                print("\(file): ok")
            } catch let error as LocatedError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
