import ArgumentParser
import Experiments

@main
struct Runway: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runway",
        abstract: "Discrete-event simulation for capacity planning of a live-commerce channel.",
        discussion: """
            Planners describe a model (models/*.yaml) and an experiment (experiments/*.yaml); \
            `runway run` simulates its replications in parallel and writes tidy results.
            """,
        version: RunwayVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, ExplainCommand.self, MetricsCommand.self,
                      BaselineCommand.self, CheckCommand.self,
                      MergeCommand.self, SlurmCommand.self, ReportCommand.self, TableCommand.self,
                      BenchCommand.self, FuzzCommand.self]
    )
}
