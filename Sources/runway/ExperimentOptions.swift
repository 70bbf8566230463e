import ArgumentParser
import Experiments

/// The experiment a command runs and on how many threads: shared by `run`,
/// `baseline` and `check`.
struct ExperimentOptions: ParsableArguments {
    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "Worker threads (default: the CPUs this process may use: its affinity mask within its cgroup CPU quota).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The threads to run on.
    var workerThreads: Int { jobs ?? AvailableCPUs.count() }
}

/// How many replications from which seed, overriding the experiment file:
/// shared by `run` and `baseline` (`check` takes both from its baseline).
struct SamplingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Replications per scenario and sweep point, overriding the file: a fixed number (it replaces a `replications: {until: …}` rule). "
        + "For a goal, each point's first batch (the file's max kept, raised to N if below); for staffing, per plan evaluated. "
        + "At least 2 for a goal or staffing. manifest.json records the replications and the rule used.",
        valueName: "N"))
    var replications: Int?

    @Option(name: .long, help: "Experiment seed (0 to 2^64 - 1), overriding the file.")
    var seed: UInt64?

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
    }
}
