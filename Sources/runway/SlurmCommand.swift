import ArgumentParser
import Experiments
import Foundation
import ModelSpec

struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write (and with --submit, submit) a Slurm job array that runs an experiment in shards, then merges.",
        discussion: """
            Writes OUT.slurm/array.sh, a job array whose task i runs `runway run … --shard i/N` into
            OUT.shard-i (N written out, so one task resubmitted alone, `sbatch --array=3 array.sh`,
            still runs shard 3 of N), and OUT.slurm/merge.sh, which runs `runway merge` into OUT.
            With --submit, the merge job is submitted with --dependency=afterok on the array and
            --kill-on-invalid-dep=yes. Logs go to OUT.slurm/logs/JOBID_TASK.out.
            """
    )

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "Number of shards (array tasks).")
    var shards: Int

    @Option(name: .long, help: "Slurm partition.")
    var partition: String?

    @Option(name: .long, help: "Time limit per task (Slurm syntax, e.g. 00:30:00).")
    var time: String?

    @Option(name: .long, help: "CPUs per task (worker threads of each shard).")
    var cpusPerTask = 1

    @Option(name: .long, help: "Results folder (default: results/<experiment name>).")
    var out: String?

    @Option(name: .long, help: "Most array tasks running at once (--array=0-(N-1)%K).")
    var maxConcurrent: Int?

    @Option(name: .long, parsing: .unconditionalSingleValue,
            help: "An sbatch option for both jobs, e.g. --sbatch-option=--account=planning (repeatable).")
    var sbatchOption: [String] = []

    @Flag(name: .long, help: "Submit the array and the merge job with sbatch.")
    var submit = false

    func validate() throws {
        if shards < 1 { throw ValidationError("--shards must be at least 1") }
        if cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
        if let maxConcurrent, maxConcurrent < 1 { throw ValidationError("--max-concurrent must be at least 1") }
        // Every value written into the scripts passes the same check (SlurmScripts.check).
        do {
            try SlurmScripts.checkOptions(partition: partition, timeLimit: time, sbatchOptions: sbatchOption)
        } catch let error as LocatedError {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let plan: RunPlan
        do {
            plan = try ExperimentLoader.plan(path: experiment)
            // Scripts whose every task `run --shard` would refuse are not written.
            try plan.checkShardable()
        } catch {
            exitForBadInput(error)
        }
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL.path }
        let runway = absolute(CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : (Self.which(CommandLine.arguments[0]) ?? CommandLine.arguments[0]))
        var scripts = SlurmScripts(experimentName: plan.experiment.name, runCount: plan.runs.count, runway: runway,
                                   experimentFile: absolute(experiment), workingDirectory: cwd,
                                   resultsFolder: absolute(out ?? "results/\(plan.experiment.name)"), shards: shards)
        scripts.cpusPerTask = cpusPerTask
        scripts.partition = partition
        scripts.timeLimit = time
        scripts.maxConcurrent = maxConcurrent
        scripts.sbatchOptions = sbatchOption
        do { try scripts.check() } catch let error as LocatedError { throw ValidationError(error.message) }
        let folder = scripts.scriptsFolder
        do {
            try FileSystem.createFolder(folder + "/logs")
            try FileSystem.write(scripts.arrayScript, to: folder + "/array.sh")
            try FileSystem.write(scripts.mergeScript, to: folder + "/merge.sh")
        } catch {
            exitForFailure(error)
        }
        print("wrote \(folder)/array.sh (\(shards) tasks) and \(folder)/merge.sh")
        guard submit else {
            print("submit with: \(scripts.submissionCommand)")
            return
        }
        let arrayJob: String
        let mergeJob: String
        do {
            arrayJob = try Self.sbatch([folder + "/array.sh"])
            mergeJob = try Self.sbatch(scripts.mergeSubmission(afterArrayJob: arrayJob))
        } catch {
            exitForFailure(error)
        }
        print("submitted array job \(arrayJob) and merge job \(mergeJob); results will be in \(scripts.resultsFolder)/")
    }

    /// Runs sbatch --parsable and returns the job id.
    static func sbatch(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sbatch", "--parsable"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let id = text.split(separator: ";").first, !id.isEmpty else {
            throw LocatedError("sbatch failed (status \(process.terminationStatus)): \(text)")
        }
        return String(id)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
