import ArgumentParser
import Dispatch
import Experiments
import Foundation
import ModelSpec
import Synchronization

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment's replications and write its results.",
        discussion: """
            Writes summary.json, summary.csv, replications.csv, comparisons.csv (with scenarios),
            timeseries.csv (with outputs.timeseries) and manifest.json to DIR (default
            results/<name>/), and prints each metric's mean with its 95% confidence interval.
            The same inputs and seed give byte-identical results whatever --jobs is.

            Interrupted (Ctrl-C or SIGTERM), it keeps the finished runs in DIR.partial/
            and exits with status 130 (SIGINT) or 143 (SIGTERM); run again with --resume
            to do only what is missing.
            """
    )

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "Results folder (default: results/<experiment name>).")
    var out: String?

    @Option(name: .long, help: "Replications per scenario, overriding the file.")
    var replications: Int?

    @Option(name: .long, help: "Experiment seed, overriding the file.")
    var seed: UInt64?

    @Option(name: .long, help: "Worker threads (default: the CPUs this process may use: its affinity mask within its cgroup CPU quota).")
    var jobs: Int?

    @Flag(name: .long, help: "Replace an existing results folder (or an interrupted run).")
    var force = false

    @Flag(name: .long, help: "Finish an interrupted run, doing only the missing runs.")
    var resume = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .long, help: "Run only slice I of N (0 ≤ I < N) into its own folder; combine with `runway merge`.")
    var shard: String?

    /// The parsed `--shard I/N`.
    var shardSlice: (index: Int, count: Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        return (i, n)
    }

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if shard != nil && shardSlice == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
    }

    func run() throws {
        let plan: RunPlan
        do {
            plan = try ExperimentLoader.plan(path: experiment, replications: replications, seed: seed)
        } catch {
            exitForBadInput(error)
        }
        let defaultFolder = "results/\(plan.experiment.name)" + (shardSlice.map { ".shard-\($0.index)-of-\($0.count)" } ?? "")
        if plan.experiment.goal != nil || plan.experiment.staffing != nil {
            try answer(plan, folder: out ?? defaultFolder)
            return
        }
        var execution = ExperimentRun(plan: plan, folder: out ?? defaultFolder)
        execution.shard = shardSlice
        execution.experimentFile = URL(fileURLWithPath: experiment).standardizedFileURL.path
        execution.jobs = jobs ?? AvailableCPUs.count()
        execution.force = force
        execution.resume = resume
        execution.progress = Progress.style(quiet: quiet)
        execution.commandLine = CommandLine.arguments
        let stop = StopRequest()
        let handlers = InterruptHandlers(stop: stop)
        let outcome: ExperimentRun.Outcome
        do {
            outcome = try execution.execute(stop: stop)
        } catch let refusal as ExperimentRun.Refusal {
            exitForBadInput(refusal)
        }
        withExtendedLifetime(handlers) {}
        switch outcome {
        case .completed(let results):
            if let slice = shardSlice {
                if !quiet { print("shard \(slice.index) of \(slice.count): \(results.runs.count) runs saved in \(execution.folder)/") }
                return
            }
            if !quiet {
                print(ResultFiles.table(results))
                if let precision = results.precision { print(precision.text(results)) }
                print("\(results.runs.count) runs, \(results.totalEvents) events; results in \(execution.folder)/")
            }
        case .interrupted(let saved, let total, let folder):
            FileHandle.standardError.write(Data("""
                interrupted: \(saved) of \(total) runs saved in \(folder)/; \
                run the same command with --resume to finish\n
                """.utf8))
            throw ExitCode(handlers.exitStatus)
        }
    }
}

extension RunCommand {
    /// Answers a goal or a staffing question: prints the answer, exits 1 when
    /// a goal cannot be met (or a staffing target within its range).
    func answer(_ plan: RunPlan, folder: String) throws {
        var execution = AnswerRun(plan: plan, folder: folder)
        execution.shard = shardSlice
        execution.experimentFile = URL(fileURLWithPath: experiment).standardizedFileURL.path
        execution.jobs = jobs ?? AvailableCPUs.count()
        execution.force = force
        execution.resume = resume
        execution.progress = Progress.style(quiet: quiet)
        execution.commandLine = CommandLine.arguments
        if !quiet {
            execution.log = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        let stop = StopRequest()
        let handlers = InterruptHandlers(stop: stop)
        let outcome: AnswerRun.Outcome
        do {
            outcome = try execution.execute(stop: stop)
        } catch let refusal as ExperimentRun.Refusal {
            exitForBadInput(refusal)
        } catch let error as SpecError {
            exitForBadInput(error)
        }
        withExtendedLifetime(handlers) {}
        switch outcome {
        case .goal(let answer):
            if !quiet { print(answer.text + "results in \(execution.folder)/") }
            if !answer.isFeasible { throw ExitCode(1) }
        case .staffing(let answer):
            if !quiet { print(answer.text + "results in \(execution.folder)/") }
            if !answer.meetsTarget { throw ExitCode(1) }
        case .shard(let runs, let folder):
            if !quiet, let slice = shardSlice { print("shard \(slice.index) of \(slice.count): \(runs) runs of the goal's initial design saved in \(folder)/") }
        case .interrupted(let saved, let folder):
            FileHandle.standardError.write(Data("""
                interrupted: \(saved) runs saved in \(folder)/; \
                run the same command with --resume to go on from there\n
                """.utf8))
            throw ExitCode(handlers.exitStatus)
        }
    }
}

/// SIGINT and SIGTERM ask the runner to stop after the runs in progress
/// (which are then saved); a second signal ends the process at once.
/// The exit status follows the shell's convention, 128 + the signal's number:
/// 130 for SIGINT, 143 for SIGTERM.
final class InterruptHandlers {
    private var sources: [DispatchSourceSignal] = []
    private let received = ReceivedSignal()

    init(stop: StopRequest) {
        let received = self.received
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                if stop.isRequested { exit(128 + sig) }
                received.record(sig)
                stop.request()
                FileHandle.standardError.write(Data("\nstopping after the runs in progress (again to quit now)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The status to exit with after an interrupted run: 128 + the number of
    /// the signal that stopped it (130 if none was received).
    var exitStatus: Int32 { 128 + (received.first ?? SIGINT) }
}

/// The first stop signal received.
final class ReceivedSignal: Sendable {
    private let number = Atomic<Int32>(0)

    /// Keeps `sig` unless a signal was recorded before.
    func record(_ sig: Int32) {
        _ = number.compareExchange(expected: 0, desired: sig, ordering: .relaxed)
    }

    /// The first signal recorded, if any.
    var first: Int32? {
        let n = number.load(ordering: .relaxed)
        return n == 0 ? nil : n
    }
}
