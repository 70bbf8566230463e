import Experiments
import ModelSpec
import Testing

@Suite("Slurm scripts")
struct SlurmScriptsTests {
    private func scripts(shards: Int = 16) -> SlurmScripts {
        SlurmScripts(experimentName: "stock-sizing", runCount: 240, runway: "/opt/runway/bin/runway",
                     experimentFile: "/home/ana/plan/experiments/stock-sizing.yaml", workingDirectory: "/home/ana/plan",
                     resultsFolder: "/home/ana/plan/results/stock-sizing", shards: shards)
    }

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test("The array task runs shard SLURM_ARRAY_TASK_ID of N, N written out")
    func shardCountIsLiteral() {
        let text = scripts(shards: 16).arrayScript
        #expect(text.contains(#"--shard "${SLURM_ARRAY_TASK_ID}/16""#))
        #expect(!text.contains("SLURM_ARRAY_TASK_COUNT"))
        #expect(lines(text).contains("#SBATCH --array=0-15"))
        #expect(text.contains(#"--out '/home/ana/plan/results/stock-sizing'.shard-"${SLURM_ARRAY_TASK_ID}""#))
        // Requeued, pre-empted or re-run tasks resume their shard (idempotent), never start over.
        #expect(text.contains("--resume") && !text.contains("--force"))
    }

    @Test("The merge job takes every shard folder and is killed when the array fails")
    func mergeJob() {
        let s = scripts(shards: 3)
        let text = s.mergeScript
        #expect(text.contains("merge '/home/ana/plan/results/stock-sizing.shard-0' '/home/ana/plan/results/stock-sizing.shard-1' "
                              + "'/home/ana/plan/results/stock-sizing.shard-2' --out '/home/ana/plan/results/stock-sizing'"))
        #expect(lines(text).contains("#SBATCH --kill-on-invalid-dep=yes"))
        #expect(s.mergeSubmission(afterArrayJob: "4711") == [
            "--dependency=afterok:4711", "--kill-on-invalid-dep=yes", "/home/ana/plan/results/stock-sizing.slurm/merge.sh",
        ])
    }

    /// The command printed to submit by hand is pasted into a shell: a
    /// results folder holding `$(…)` or a quote must stay a word, not run.
    @Test("The printed submission command quotes its paths for the shell")
    func submissionCommandIsQuoted() {
        #expect(scripts().submissionCommand
                == "j=$(sbatch --parsable '/home/ana/plan/results/stock-sizing.slurm/array.sh') && sbatch --dependency=afterok:$j "
                + "--kill-on-invalid-dep=yes '/home/ana/plan/results/stock-sizing.slurm/merge.sh'")
        let odd = SlurmScripts(experimentName: "x", runCount: 4, runway: "/opt/runway", experimentFile: "/e.yaml",
                               workingDirectory: "/w", resultsFolder: "/r/$(id)'x", shards: 2)
        #expect(odd.submissionCommand.contains(#"'/r/$(id)'\''x.slurm/array.sh'"#))
    }

    @Test("Logs are named by array job and task (%A_%a), the merge's by its job")
    func logNames() {
        let s = scripts()
        #expect(lines(s.arrayScript).contains("#SBATCH --output=/home/ana/plan/results/stock-sizing.slurm/logs/%A_%a.out"))
        #expect(lines(s.mergeScript).contains("#SBATCH --output=/home/ana/plan/results/stock-sizing.slurm/logs/merge_%j.out"))
    }

    @Test("Extra sbatch options, partition and time go into both scripts; --max-concurrent limits the array")
    func options() {
        var s = scripts(shards: 8)
        s.sbatchOptions = ["--account=planning", "--qos=short"]
        s.partition = "short"
        s.timeLimit = "00:30:00"
        s.maxConcurrent = 3
        s.cpusPerTask = 4
        for text in [s.arrayScript, s.mergeScript] {
            let l = lines(text)
            #expect(l.first == "#!/bin/bash")
            for line in ["#SBATCH --account=planning", "#SBATCH --qos=short", "#SBATCH --partition=short", "#SBATCH --time=00:30:00"] {
                #expect(l.contains(Substring(line)), "\(line)")
            }
        }
        #expect(lines(s.arrayScript).contains("#SBATCH --array=0-7%3"))
        #expect(lines(s.arrayScript).contains("#SBATCH --cpus-per-task=4"))
        #expect(!s.mergeScript.contains("--array"))
        // Every #SBATCH line comes before the first command: sbatch stops reading directives there.
        for text in [s.arrayScript, s.mergeScript] {
            let l = lines(text)
            let firstCommand = l.firstIndex { !$0.hasPrefix("#") } ?? l.endIndex
            #expect(!l[firstCommand...].contains { $0.hasPrefix("#SBATCH") })
        }
    }

    @Test("Paths with quotes and spaces are quoted for the shell")
    func quoting() {
        var s = scripts()
        s.workingDirectory = "/home/ana/Ana's plans"
        #expect(s.arrayScript.contains(#"cd '/home/ana/Ana'\''s plans'"#))
        #expect(s.mergeScript.contains(#"cd '/home/ana/Ana'\''s plans'"#))
    }

    /// The message `check()` gives for `edit`ed scripts, nil when it accepts them.
    private func refusal(_ edit: (inout SlurmScripts) -> Void) -> String? {
        var s = scripts()
        edit(&s)
        do {
            try s.check()
            return nil
        } catch let error as LocatedError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("A value that would leave its line is refused: partition, time, options, paths")
    func valuesStayOnTheirLine() {
        #expect(refusal { $0.partition = "short\necho PWNED" }
                == "--partition holds a newline (U+000A), which a script line cannot hold: 'short\\necho PWNED'")
        #expect(refusal { $0.partition = "short --wrap=x" } == "--partition holds a space, which an #SBATCH line would split: 'short --wrap=x'")
        #expect(refusal { $0.partition = "" } == "--partition is empty")
        #expect(refusal { $0.timeLimit = "00:30:00\r\nrm -rf ~" }?.hasPrefix("--time holds a carriage return (U+000D)") == true)
        #expect(refusal { $0.timeLimit = "1-00:00:00\u{202E}" }?.hasPrefix("--time holds U+202E RIGHT-TO-LEFT OVERRIDE") == true)
        #expect(refusal { $0.sbatchOptions = ["--comment=a\necho PWNED"] }?.hasPrefix("--sbatch-option holds a newline") == true)
        #expect(refusal { $0.sbatchOptions = ["account=planning"] }?.hasPrefix("--sbatch-option takes one sbatch option") == true)
        #expect(refusal { $0.resultsFolder = "/home/ana/res\necho PWNED" }?.hasPrefix("the results folder holds a newline") == true)
        #expect(refusal { $0.resultsFolder = "/home/ana/my results" }?.hasPrefix("the results folder holds a space") == true)
        #expect(refusal { $0.workingDirectory = "/home/ana/\u{1B}[2J" }?.hasPrefix("the working folder holds U+001B") == true)
        // What the earlier tests write is accepted, and so is a path with spaces that is only written in quotes.
        #expect(refusal { $0.partition = "short,long"; $0.timeLimit = "1-00:30:00"; $0.sbatchOptions = ["--account=planning"] } == nil)
        #expect(refusal { $0.workingDirectory = "/home/ana/Ana's plans" } == nil)
    }

    @Test("The command-line values are checked alone, before any experiment is read")
    func optionsAlone() {
        #expect(throws: LocatedError.self) { try SlurmScripts.checkOptions(partition: "a\nb", timeLimit: nil, sbatchOptions: []) }
        #expect(throws: LocatedError.self) { try SlurmScripts.checkOptions(partition: nil, timeLimit: "1 h", sbatchOptions: []) }
        #expect(throws: Never.self) { try SlurmScripts.checkOptions(partition: "short", timeLimit: "30", sbatchOptions: ["--qos=x y"]) }
    }

    /// The message `checkShardable` gives for an experiment of `body` on the desk model, nil when it accepts it.
    private func shardRefusal(_ body: String) throws -> String? {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write("name: e\nmodel: m.yaml\nhorizon: 100\n" + body, to: "e.yaml", in: folder)
        do {
            try ExperimentLoader.plan(path: path).checkShardable()
            return nil
        } catch let error as LocatedError {
            return error.message
        }
    }

    @Test("An experiment that run --shard refuses gets no scripts, with run --shard's message")
    func unshardable() throws {
        #expect(try shardRefusal("replications: {min: 3, max: 10, until: {metric: desk.wait_mean, half-width: 1}}")
                == "--shard splits runs known in advance; 'until' decides the replications as it goes, "
                + "so run it whole or give a fixed number of replications")
        #expect(try shardRefusal("staffing:\n  pool: stations[desk]\n  interval: 50\n  target: {delayed-fraction: 20%}\n  range: {max: 20}")
                == "--shard splits runs known in advance; staffing decides its runs as it goes, so run it whole")
        #expect(try shardRefusal("""
            scenarios: [{name: a}, {name: b}]
            goal:
              vary:
                stations[desk].servers: {min: 1, max: 100}
                stations[desk].capacity: {min: 100, max: 199}
              subject-to: [desk.wait_mean <= 1]
            """) == "the grid of 'vary' has 10,000 points in each of 2 scenarios, 20,000 in all; a shard evaluates the whole grid, "
                + "so narrow the ranges (at most 10,000 points in all)")
        // A grid of 10^20 points (more than Int holds) is refused, not a crash.
        #expect(try shardRefusal("""
            goal:
              vary:
                stations[desk].servers: {min: 1, max: 100000}
                stations[desk].capacity: {min: 100000, max: 199999}
                stations[desk].service.mean: {min: 1, max: 100000}
                stations[desk].arrivals.rate: {min: 1, max: 100000}
              subject-to: [desk.wait_mean <= 1]
            """) == "the grid of 'vary' has about 1e+20 points; a shard evaluates the whole grid, "
                + "so narrow the ranges (at most 10,000 points in all)")
        #expect(try shardRefusal("replications: 3") == nil)
        #expect(try shardRefusal("goal:\n  vary:\n    stations[desk].servers: {min: 1, max: 20}\n  subject-to: [desk.wait_mean <= 1]") == nil)
    }
}
