import ModelSpec

/// The batch scripts of `runway slurm`: a job array whose task i runs shard
/// i of N, and a merge job that combines the N shard folders.
///
/// The shard count N is written literally into the array script, so a task
/// resubmitted on its own (`sbatch --array=3 array.sh`) still runs shard 3 of
/// N. Logs go to `FOLDER.slurm/logs/` as `JOBID_TASK.out` (`%A_%a`) and
/// `merge_JOBID.out`. The texts depend only on the settings; `check()`
/// refuses settings that would not stay on their line.
public struct SlurmScripts: Sendable {
    /// The experiment's name, for the job names.
    public var experimentName: String
    /// How many runs the experiment has, for a comment in the array script.
    public var runCount: Int
    /// The runway binary the jobs run, as an absolute path.
    public var runway: String
    /// The experiment file, as an absolute path.
    public var experimentFile: String
    /// The folder the jobs start in (where relative paths in the experiment resolve).
    public var workingDirectory: String
    /// The merged results folder, as an absolute path; shard i goes to `FOLDER.shard-i`.
    public var resultsFolder: String
    /// N, the number of shards and of array tasks.
    public var shards: Int
    /// CPUs per task, which are the worker threads of each shard.
    public var cpusPerTask = 1
    /// The Slurm partition, if not the cluster's default.
    public var partition: String?
    /// The time limit per task, in Slurm's syntax (e.g. `00:30:00`).
    public var timeLimit: String?
    /// The most array tasks running at once (`--array=0-(N-1)%K`); nil for no limit.
    public var maxConcurrent: Int?
    /// Further `sbatch` options for both jobs, each written as `#SBATCH OPTION`
    /// (e.g. `--account=planning`, `--qos=short`, `--mem=4G`).
    public var sbatchOptions: [String] = []

    /// Scripts for `shards` tasks, one CPU each, on the default partition with no time limit or extra options.
    public init(experimentName: String, runCount: Int, runway: String, experimentFile: String,
                workingDirectory: String, resultsFolder: String, shards: Int) {
        self.experimentName = experimentName
        self.runCount = runCount
        self.runway = runway
        self.experimentFile = experimentFile
        self.workingDirectory = workingDirectory
        self.resultsFolder = resultsFolder
        self.shards = shards
    }

    /// Why `value` cannot be written into a script as `what` (nil: it can):
    /// every value is refused empty or with a character `TextSafety` calls
    /// unsafe (a newline would start a shell command of its own,
    /// `--partition $'short\necho PWNED'`); with `oneWord`, also with white
    /// space, since an `#SBATCH` line splits its value there.
    public static func problem(with value: String, as what: String, oneWord: Bool) -> String? {
        if value.isEmpty { return "\(what) is empty" }
        if let bad = TextSafety.firstUnsafe(in: value) {
            return "\(what) holds \(TextSafety.describe(bad)), which a script line cannot hold: \(TextSafety.escaped(value))"
        }
        if oneWord, value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            return "\(what) holds a space, which an #SBATCH line would split: \(TextSafety.escaped(value))"
        }
        return nil
    }

    /// Refuses, before anything is written, a value the scripts cannot hold
    /// safely (see `problem(with:as:oneWord:)`): the command-line values
    /// (`checkOptions`), the experiment's name and every path.
    public func check() throws {
        try Self.checkOptions(partition: partition, timeLimit: timeLimit, sbatchOptions: sbatchOptions)
        // The logs' folder is written unquoted on an #SBATCH line; the other paths only in quotes.
        var problems = [Self.problem(with: experimentName, as: "the experiment's name", oneWord: true),
                        Self.problem(with: scriptsFolder, as: "the results folder", oneWord: true)]
        for (path, what) in [(runway, "the runway binary's path"), (experimentFile, "the experiment file's path"),
                             (workingDirectory, "the working folder")] {
            problems.append(Self.problem(with: path, as: what, oneWord: false))
        }
        if let first = problems.compactMap({ $0 }).first { throw LocatedError(first) }
    }

    /// Refuses a partition or time limit that is not one word on one line,
    /// and an sbatch option that does not start with `-` or holds a character
    /// no script line can (one check for every value written into a script).
    public static func checkOptions(partition: String?, timeLimit: String?, sbatchOptions: [String]) throws {
        var problems: [String?] = [
            partition.flatMap { problem(with: $0, as: "--partition", oneWord: true) },
            timeLimit.flatMap { problem(with: $0, as: "--time", oneWord: true) },
        ]
        for option in sbatchOptions {
            if !option.hasPrefix("-") {
                problems.append("--sbatch-option takes one sbatch option on one line, e.g. --account=planning, not \(TextSafety.escaped(option))")
            }
            problems.append(problem(with: option, as: "--sbatch-option", oneWord: false))
        }
        if let first = problems.compactMap({ $0 }).first { throw LocatedError(first) }
    }

    /// Where the scripts and their `logs/` folder go: `FOLDER.slurm`.
    public var scriptsFolder: String { resultsFolder + ".slurm" }

    /// The folder of shard `index`.
    public func shardFolder(_ index: Int) -> String { resultsFolder + ".shard-\(index)" }

    /// The job array's script: task i runs `runway run … --shard i/N`.
    public var arrayScript: String {
        let limit = maxConcurrent.map { "%\($0)" } ?? ""
        return lines(header(jobName: "runway-\(experimentName)") + [
            "#SBATCH --array=0-\(shards - 1)\(limit)",
            "#SBATCH --cpus-per-task=\(cpusPerTask)",
            "#SBATCH --output=\(scriptsFolder)/logs/%A_%a.out",
            "# Each task runs one shard of the \(runCount) runs of \(experimentName).",
            "set -euo pipefail",
            "cd \(quoted(workingDirectory))",
            // --resume: a requeued or pre-empted task finishes its shard, a rerun of a finished one leaves it alone.
            "exec \(quoted(runway)) run \(quoted(experimentFile)) --shard \"${SLURM_ARRAY_TASK_ID}/\(shards)\" "
                + "--out \(quoted(resultsFolder)).shard-\"${SLURM_ARRAY_TASK_ID}\" --jobs \"${SLURM_CPUS_PER_TASK:-1}\" --resume --quiet",
        ])
    }

    /// The merge job's script. Submitted after the array with
    /// `mergeSubmission(afterArrayJob:)`; it is cancelled, not left pending
    /// forever, when a task of the array fails.
    public var mergeScript: String {
        let folders = (0..<shards).map { quoted(shardFolder($0)) }.joined(separator: " ")
        return lines(header(jobName: "runway-merge-\(experimentName)") + [
            "#SBATCH --kill-on-invalid-dep=yes",
            "#SBATCH --output=\(scriptsFolder)/logs/merge_%j.out",
            "set -euo pipefail",
            "cd \(quoted(workingDirectory))",
            "exec \(quoted(runway)) merge \(folders) --out \(quoted(resultsFolder)) --force --quiet",
        ])
    }

    /// `sbatch` arguments (after `--parsable`) that submit the merge job to
    /// start once every task of array job `arrayJob` has succeeded.
    public func mergeSubmission(afterArrayJob arrayJob: String) -> [String] {
        ["--dependency=afterok:\(arrayJob)", "--kill-on-invalid-dep=yes", scriptsFolder + "/merge.sh"]
    }

    /// The shell command that submits the array and then the merge after it,
    /// every path quoted for the shell, so that it can be pasted as printed.
    public var submissionCommand: String {
        "j=$(sbatch --parsable \(quoted(scriptsFolder + "/array.sh"))) && sbatch --dependency=afterok:$j "
            + "--kill-on-invalid-dep=yes \(quoted(scriptsFolder + "/merge.sh"))"
    }

    /// The `#SBATCH` lines both jobs share.
    private func header(jobName: String) -> [String] {
        var header = ["#!/bin/bash", "#SBATCH --job-name=\(jobName)"]
        if let partition { header.append("#SBATCH --partition=\(partition)") }
        if let timeLimit { header.append("#SBATCH --time=\(timeLimit)") }
        header += sbatchOptions.map { "#SBATCH \($0)" }
        return header
    }

    private func lines(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// `s` in single quotes for the shell.
    private func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

