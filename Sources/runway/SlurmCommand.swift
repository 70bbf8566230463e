import ArgumentParser
import Experiments
import Foundation

struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write (and with --submit, submit) a Slurm job array that runs an experiment in shards, then merges.",
        discussion: """
            Writes OUT.slurm/array.sh, a job array whose task i runs `runway run … --shard i/N` into
            OUT.shard-i, and OUT.slurm/merge.sh, which runs `runway merge` into OUT. With --submit,
            the merge job is submitted with --dependency=afterok on the array. Logs go to OUT.slurm/logs/.
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

    @Flag(name: .long, help: "Submit the array and the merge job with sbatch.")
    var submit = false

    func validate() throws {
        if shards < 1 { throw ValidationError("--shards must be at least 1") }
        if cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
    }

    func run() throws {
        let plan: RunPlan
        do { plan = try ExperimentLoader.plan(path: experiment) } catch { exitForBadInput(error) }
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL.path }
        let folder = absolute(out ?? "results/\(plan.experiment.name)")
        let scripts = folder + ".slurm"
        let runway = absolute(CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : (Self.which(CommandLine.arguments[0]) ?? CommandLine.arguments[0]))
        try FileManager.default.createDirectory(atPath: scripts + "/logs", withIntermediateDirectories: true)
        var header = ["#!/bin/bash", "#SBATCH --job-name=runway-\(plan.experiment.name)"]
        if let partition { header.append("#SBATCH --partition=\(partition)") }
        if let time { header.append("#SBATCH --time=\(time)") }
        let array = header + [
            "#SBATCH --array=0-\(shards - 1)",
            "#SBATCH --cpus-per-task=\(cpusPerTask)",
            "#SBATCH --output=\(scripts)/logs/shard-%a.out",
            "# Each task runs one shard of the \(plan.runs.count) runs of \(plan.experiment.name).",
            "set -euo pipefail",
            "cd \(quote(cwd))",
            "exec \(quote(runway)) run \(quote(absolute(experiment))) --shard \"${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}\" "
                + "--out \(quote(folder)).shard-\"${SLURM_ARRAY_TASK_ID}\" --jobs \"${SLURM_CPUS_PER_TASK:-1}\" --force --quiet",
        ]
        let shardFolders = (0..<shards).map { quote(folder + ".shard-\($0)") }.joined(separator: " ")
        let merge = header.map { $0.replacingOccurrences(of: "--job-name=runway-", with: "--job-name=runway-merge-") } + [
            "#SBATCH --output=\(scripts)/logs/merge.out",
            "set -euo pipefail",
            "cd \(quote(cwd))",
            "exec \(quote(runway)) merge \(shardFolders) --out \(quote(folder)) --force --quiet",
        ]
        try ResultsFolder.writeAtomically(array.joined(separator: "\n") + "\n", to: scripts + "/array.sh")
        try ResultsFolder.writeAtomically(merge.joined(separator: "\n") + "\n", to: scripts + "/merge.sh")
        print("wrote \(scripts)/array.sh (\(shards) tasks) and \(scripts)/merge.sh")
        guard submit else {
            print("submit with: j=$(sbatch --parsable \(scripts)/array.sh) && sbatch --dependency=afterok:$j \(scripts)/merge.sh")
            return
        }
        let arrayJob = try Self.sbatch([scripts + "/array.sh"])
        let mergeJob = try Self.sbatch(["--dependency=afterok:\(arrayJob)", scripts + "/merge.sh"])
        print("submitted array job \(arrayJob) and merge job \(mergeJob); results will be in \(folder)/")
    }

    private func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

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
            throw ValidationError("sbatch failed (status \(process.terminationStatus)): \(text)")
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
