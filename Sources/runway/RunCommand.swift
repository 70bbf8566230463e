import ArgumentParser
import Dispatch
import Experiments
import Foundation
import ModelSpec
import Report

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment's replications and write its results.",
        discussion: """
            Writes summary.json, summary.csv, replications.csv, comparisons.csv (with scenarios), \
            timeseries.csv and timeseries_summary.csv (with outputs.timeseries), datapackage.json, \
            manifest.json and report.html (unless --no-report) to DIR (default results/<name>/), \
            and prints each metric's mean with its 95% confidence interval in planners' units \
            (--format markdown for a ticket or a wiki). The same inputs and seed give \
            byte-identical results whatever --jobs is.

            Interrupted (Ctrl-C or SIGTERM), it keeps the finished runs in DIR.partial/ and exits with \
            status 130 (SIGINT) or 143 (SIGTERM); a second signal, or --grace seconds after a SIGTERM, \
            ends it at once. Run again with --resume to do only what is missing.

            --resume is safe to repeat, for retried cluster jobs: complete results of the same inputs \
            are left alone (exit status 0), an interrupted run is finished, and otherwise the run starts.

            An experiment with a `goal:` answers it instead: the least-cost point whose every constraint \
            holds with the stated confidence (goal.csv, answer.txt; exit status 1 when no point is shown \
            feasible). Units in targets must fit the metric's unit (30s for seconds, 5% for a fraction, 10k for \
            a count, 1500 RMB for money), or the file is refused. A constraint not declared monotone in a varied \
            input gets a note on stderr: the search then scans the grid in order of cost (up to 400 points) \
            instead of judging by the most generous point. One with `staffing:` plans a pool interval by interval (staffing.csv, \
            staffing-plan.yaml, answer.txt). Both write report.html too, unless --no-report. With `replications: {until: …}`, replications are added until \
            the named intervals are tight (precision.csv).
            """
    )

    @OptionGroup var options: ExperimentOptions

    @OptionGroup var sampling: SamplingOptions

    @Option(name: .long, help: "Results folder (default: results/<experiment name>).")
    var out: String?

    @Flag(name: .long, help: "Replace an existing results folder (or an interrupted run) that Runway made.")
    var force = false

    @Flag(name: .long, help: "Finish what is there: nothing if the results are complete, the missing runs if interrupted, all runs otherwise.")
    var resume = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .long, help: "The results table: plain (for the terminal) or markdown (for a ticket or a wiki).")
    var format: ResultsTable.Format = .plain

    @Flag(name: .long, help: "Write no report.html into the results.")
    var noReport = false

    @Option(name: .long, help: "Seconds the runs in progress get to finish after a SIGTERM before Runway ends them.")
    var grace: Double = 10

    @Option(name: .long, help: ArgumentHelp("Run only slice I of N (0 ≤ I < N) into its own folder; combine with `runway merge`.",
                                            valueName: "I/N"))
    var shard: ShardSlice?

    func validate() throws {
        if !(grace >= 0) { throw ValidationError("--grace must be a number of seconds, 0 or more") }
    }

    func run() throws {
        let plan: RunPlan
        do {
            plan = try ExperimentLoader.plan(path: options.experiment, replications: sampling.replications, seed: sampling.seed)
        } catch {
            exitForBadInput(error)
        }
        if !quiet {
            for note in plan.notes { FileHandle.standardError.write(Data((note.formatted(as: "note") + "\n").utf8)) }
        }
        let defaultFolder = "results/\(plan.experiment.name)" + (shard.map { ".shard-\($0.index)-of-\($0.count)" } ?? "")
        if plan.experiment.goal != nil || plan.experiment.staffing != nil {
            try answer(plan, folder: out ?? defaultFolder)
            return
        }
        var execution = ExperimentRun(plan: plan, folder: out ?? defaultFolder)
        configure(&execution)
        let (outcome, handlers) = try watchingSignals(savedIn: execution.folder + ".partial") { try execution.execute(stop: $0) }
        switch outcome {
        case .completed(let results):
            if let slice = shard {
                if !quiet { print("shard \(slice.index) of \(slice.count): \(results.runCount) runs saved in \(execution.folder)/") }
                return
            }
            if !quiet {
                print(ResultFiles.table(results, format: format))
                if let precision = results.precision { print(precision.text(results)) }
                print("\(results.runCount) runs, \(results.totalEvents) events; results in \(execution.folder)/")
                if !noReport { print("report: \(execution.folder)/report.html") }
            }
        case .alreadyComplete(let folder):
            if !quiet { print("\(folder)/ already holds the complete results of these inputs; nothing to do") }
        case .failed(let error):
            exitReporting(error, status: 1)
        case .clockStopped(let error):
            exitForBadInput(error)
        case .interrupted(let saved, let total, let folder):
            FileHandle.standardError.write(Data("""
                interrupted: \(saved) of \(total) runs saved in \(folder)/; \
                run the same command with --resume to finish\n
                """.utf8))
            throw ExitCode(handlers.exitStatus ?? 130)
        }
    }
}

extension RunCommand {
    /// Sets what the command line says of every run of replications: the
    /// shard, the experiment's path, `--jobs`, `--force`, `--resume`,
    /// `--no-report`, `--quiet`, and warnings of records run again on stderr.
    func configure(_ execution: inout some ReplicationRunSettings) {
        execution.shard = shard
        execution.experimentFile = URL(fileURLWithPath: options.experiment).standardizedFileURL.path
        execution.jobs = options.workerThreads
        execution.force = force
        execution.resume = resume
        execution.writesReport = !noReport
        execution.progress = Progress.style(quiet: quiet)
        execution.commandLine = CommandLine.arguments
        execution.warn = { error in
            FileHandle.standardError.write(Data("\(error.formatted(as: "warning")); running it again\n".utf8))
        }
    }

    /// Runs `body` with SIGINT and SIGTERM turned into its stop request (a
    /// second signal, or the first SIGTERM after `--grace`, ends the process;
    /// see `SignalWatch`), keeping the watch alive until it returns; a refusal
    /// of the inputs exits 2. Returns the outcome and the watch, whose
    /// `exitStatus` says which signal stopped the run.
    func watchingSignals<Outcome>(savedIn staging: String, _ body: (StopRequest) throws -> Outcome) rethrows
        -> (Outcome, SignalWatch) {
        let stop = StopRequest()
        let handlers = SignalWatch(stop: stop, policy: InterruptPolicy(grace: grace), savedFolder: staging)
        do {
            let outcome = try body(stop)
            return withExtendedLifetime(handlers) { (outcome, handlers) }
        } catch let refusal as LocatedError {
            exitForBadInput(refusal)
        }
    }

    /// `\nreport: FOLDER/report.html`, or nothing with `--no-report`.
    func reportLine(_ folder: String) -> String {
        noReport ? "" : "\nreport: \(folder)/report.html"
    }

    /// Answers a goal or a staffing question: prints the answer; exits 1 when
    /// a goal cannot be met, or a staffing target within its range.
    func answer(_ plan: RunPlan, folder: String) throws {
        var execution = AnswerRun(plan: plan, folder: folder)
        configure(&execution)
        if !quiet {
            execution.log = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        let (outcome, handlers) = try watchingSignals(savedIn: execution.folder + ".partial") { try execution.execute(stop: $0) }
        switch outcome {
        case .goal(let answer):
            if !quiet { print(answer.text + "results in \(execution.folder)/" + reportLine(execution.folder)) }
            if !answer.isFeasible { throw ExitCode(1) }
        case .staffing(let answer):
            if !quiet { print(answer.text + "results in \(execution.folder)/" + reportLine(execution.folder)) }
            if !answer.meetsTarget { throw ExitCode(1) }
        case .shard(let runs, let folder):
            if !quiet, let slice = shard {
                print("shard \(slice.index) of \(slice.count): \(runs) runs of the goal's initial design saved in \(folder)/")
            }
        case .alreadyComplete(let folder):
            if !quiet { print("\(folder)/ already holds the complete answer for these inputs; nothing to do") }
        case .failed(let error):
            exitReporting(error, status: 1)
        case .clockStopped(let error):
            exitForBadInput(error)
        case .interrupted(let saved, let folder):
            FileHandle.standardError.write(Data("""
                interrupted: \(saved) runs saved in \(folder)/; \
                run the same command with --resume to go on from there\n
                """.utf8))
            throw ExitCode(handlers.exitStatus ?? 130)
        }
    }
}
