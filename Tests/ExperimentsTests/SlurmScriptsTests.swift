import Experiments
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
}
