import ModelSpec

/// The settings every run of replications takes from the command line,
/// whatever it makes of them (results, a goal's answer, a staffing plan):
/// `runway run` sets them in one place for `ExperimentRun` and `AnswerRun`.
public protocol ReplicationRunSettings {
    /// Worker threads that simulate replications at once (`--jobs`), at least 1.
    var jobs: Int { get set }
    /// Whether to finish an interrupted run, or leave complete results of the same inputs alone (`--resume`).
    var resume: Bool { get set }
    /// Whether existing results Runway made may be replaced (`--force`).
    var force: Bool { get set }
    /// How progress shows on stderr.
    var progress: Progress.Style { get set }
    /// The command's arguments, recorded in `manifest.json`.
    var commandLine: [String] { get set }
    /// The slice this process does (`--shard I/N`).
    var shard: ShardSlice? { get set }
    /// The experiment file's path, recorded in a shard for `runway merge`.
    var experimentFile: String { get set }
    /// Whether the results get `report.html` (`--no-report`: not).
    var writesReport: Bool { get set }
    /// Hears of saved runs that cannot be trusted and are run again.
    var warn: (@Sendable (LocatedError) -> Void)? { get set }
}

extension ExperimentRun: ReplicationRunSettings {}
extension AnswerRun: ReplicationRunSettings {}
