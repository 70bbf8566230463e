import Experiments
import Foundation
import ModelSpec
import Synchronization
import Testing

/// A small experiment with two scenarios and time series, in a fresh folder:
/// quick to run, and it writes every kind of results file.
func smallExperiment(replications: Int = 3) throws -> (plan: RunPlan, folder: String) {
    let folder = temporaryFolder()
    write(deskModel, to: "m.yaml", in: folder)
    let path = write("""
        name: small
        model: m.yaml
        horizon: 60
        replications: \(replications)
        scenarios:
          - name: base
          - name: more
            overrides:
              stations[desk].servers: 11
        outputs: {timeseries: {bucket: 20}}
        """, to: "e.yaml", in: folder)
    return (try ExperimentLoader.plan(path: path), folder)
}

/// The results files of `folder` by name (the manifest aside, which records times).
func resultFiles(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != "manifest.json" {
        files[name] = FileManager.default.contents(atPath: folder + "/" + name)
    }
    return files
}

/// Runs `plan` into `folder` to the end.
@discardableResult
func runToEnd(_ plan: RunPlan, into folder: String, resume: Bool = false, force: Bool = false) throws -> ExperimentRun.Outcome {
    var run = ExperimentRun(plan: plan, folder: folder)
    run.jobs = 2
    run.resume = resume
    run.force = force
    return try run.execute(stop: StopRequest())
}

@Suite("Results folders: paths, marks and publishing")
struct ResultsFolderSafetyTests {
    @Test("Output paths are normalised once", arguments: [
        ("res//", "res"), ("res/", "res"), ("./res/.", "res"), ("a/../res", "res"), ("a//b/./c/", "a/b/c"),
        ("/tmp//x/", "/tmp/x"), ("../x", "../x"), ("/..", "/"),
    ])
    func normalised(_ raw: String, _ expected: String) {
        #expect(OutputFolder.normalised(raw) == expected)
    }

    /// `--out res//` once put the run in progress at `res/.partial`, inside the
    /// folder that publishing replaces: every record and result was lost.
    @Test("A doubled trailing slash publishes into the folder, with the run in progress beside it")
    func doubledSlash() throws {
        let (plan, folder) = try smallExperiment()
        guard case .completed = try runToEnd(plan, into: folder + "/res//") else {
            Issue.record("the run did not complete")
            return
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/res/summary.json"))
        #expect(FileManager.default.fileExists(atPath: folder + "/res/replications.csv"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/res/.partial"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/res.partial"))
    }

    @Test("Folders whose publishing would destroy inputs or other results are refused")
    func refusedFolders() throws {
        let (plan, folder) = try smallExperiment()
        _ = try runToEnd(plan, into: folder + "/done")
        let here = FileManager.default.currentDirectoryPath
        for out in [".", "..", "/", here, folder, folder + "/x.partial", folder + "/x.partial/inside", folder + "/done/inside"] {
            var run = ExperimentRun(plan: plan, folder: out)
            run.force = true
            #expect(throws: LocatedError.self, "\(out)") { _ = try run.execute(stop: StopRequest()) }
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/e.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder + "/done/summary.json"))
    }

    /// Every state a crash can leave while publishing, made by hand; `--resume`
    /// must finish each with the same files as an uninterrupted run and no
    /// temporary file in the results.
    @Test("Every crash point of publishing is resumable", arguments: ["temporary file in publish", "results published, run in progress left", "old results set aside", "empty run in progress"])
    func crashStates(_ state: String) throws {
        let (plan, folder) = try smallExperiment()
        try runToEnd(plan, into: folder + "/whole")
        let expected = try resultFiles(folder + "/whole")

        // A run interrupted after all runs are saved, before publishing: copy
        // the records of an interrupted twin that saved everything.
        let stop = StopRequest()
        var twin = ExperimentRun(plan: plan, folder: folder + "/r")
        twin.jobs = 1
        let count = Atomic<Int>(0)
        twin.afterEachRun = { if count.add(1, ordering: .relaxed).newValue == plan.runs.count - 1 { stop.request() } }
        guard case .interrupted = try twin.execute(stop: stop) else {
            Issue.record("the twin was not interrupted")
            return
        }
        let staging = folder + "/r.partial"
        let fm = FileManager.default
        switch state {
        case "temporary file in publish":
            try fm.createDirectory(atPath: staging + "/publish", withIntermediateDirectories: true)
            write("half", to: "r.partial/publish/.summary.json.partial-99999", in: folder)
            write("{}", to: "r.partial/publish/summary.json", in: folder)
            write("half", to: "r.partial/runs/.v0-r0.run.partial-99999", in: folder)
        case "results published, run in progress left":
            // Publish the whole twin, then put a run in progress back as a crash before its removal leaves it.
            try runToEnd(plan, into: folder + "/r", resume: true)
            try fm.createDirectory(atPath: staging + "/runs", withIntermediateDirectories: true)
            let mark = try #require(FolderMark.read(folder + "/r"))
            try FolderMark(kind: .staging, fingerprint: mark.fingerprint).write(into: staging)
        case "old results set aside":
            try fm.createDirectory(atPath: staging + "/replaced", withIntermediateDirectories: true)
            try fm.copyItem(atPath: folder + "/whole/summary.json", toPath: staging + "/replaced/summary.json")
        default:
            try fm.removeItem(atPath: staging)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        }
        let outcome = try runToEnd(plan, into: folder + "/r", resume: true)
        switch outcome {
        case .completed, .alreadyComplete: break
        default: Issue.record("\(state): resume did not finish: \(outcome)")
        }
        #expect(try resultFiles(folder + "/r") == expected, "\(state)")
        #expect(!fm.fileExists(atPath: staging), "\(state)")
        let names = try fm.contentsOfDirectory(atPath: folder + "/r")
        #expect(!names.contains { $0.contains(".partial") || $0 == "runs" || $0 == "replaced" }, "\(state): \(names)")
    }

    @Test("resume leaves complete results alone and refuses results of other inputs")
    func resumeIsIdempotent() throws {
        let (plan, folder) = try smallExperiment()
        try runToEnd(plan, into: folder + "/r")
        let before = try resultFiles(folder + "/r")
        let manifest = FileManager.default.contents(atPath: folder + "/r/manifest.json")
        guard case .alreadyComplete = try runToEnd(plan, into: folder + "/r", resume: true) else {
            Issue.record("complete results were not recognised")
            return
        }
        #expect(try resultFiles(folder + "/r") == before)
        #expect(FileManager.default.contents(atPath: folder + "/r/manifest.json") == manifest)
        let other = try ExperimentLoader.plan(path: folder + "/e.yaml", replications: 2)
        #expect(throws: LocatedError.self) { try runToEnd(other, into: folder + "/r", resume: true) }
        #expect(FileManager.default.contents(atPath: folder + "/r/manifest.json") == manifest)
    }

    /// A retried job (Slurm requeue, Kubernetes pod retry) runs the same
    /// command again: with --resume it must start, finish or leave alone,
    /// whatever it finds — for a whole run and for a shard.
    @Test("resume starts from nothing, finishes a partial run and leaves a complete one alone, for shards too")
    func idempotentShards() throws {
        let (plan, folder) = try smallExperiment()
        func shardRun(_ i: Int, stop: StopRequest = StopRequest(), after: Int? = nil) throws -> ExperimentRun.Outcome {
            var run = ExperimentRun(plan: plan, folder: folder + "/s\(i)")
            run.shard = ShardSlice(index: i, of: 2)
            run.experimentFile = folder + "/e.yaml"
            run.resume = true
            run.jobs = 1
            if let after {
                let count = Atomic<Int>(0)
                run.afterEachRun = { if count.add(1, ordering: .relaxed).newValue == after { stop.request() } }
            }
            return try run.execute(stop: stop)
        }
        // Nothing there: it starts (and is stopped part-way, as a pre-empted pod).
        guard case .interrupted = try shardRun(0, after: 1) else {
            Issue.record("the first shard run was not interrupted")
            return
        }
        // Partial: it finishes.
        guard case .completed = try shardRun(0) else {
            Issue.record("the retried shard did not complete")
            return
        }
        let mark = FileManager.default.contents(atPath: folder + "/s0/" + FolderMark.fileName)
        let records = try FileManager.default.contentsOfDirectory(atPath: folder + "/s0/runs").sorted()
        // Complete: left alone.
        guard case .alreadyComplete = try shardRun(0) else {
            Issue.record("a complete shard was not recognised")
            return
        }
        #expect(FileManager.default.contents(atPath: folder + "/s0/" + FolderMark.fileName) == mark)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/s0/runs").sorted() == records)
        // Nothing there, whole run: it starts and completes.
        guard case .completed = try runToEnd(plan, into: folder + "/fresh", resume: true) else {
            Issue.record("--resume with nothing there did not start")
            return
        }
        _ = try shardRun(1)
        try ShardMerge.merge(shards: [folder + "/s0", folder + "/s1"], into: folder + "/merged", force: false, commandLine: [])
        #expect(try resultFiles(folder + "/merged") == resultFiles(folder + "/fresh"))
    }

    @Test("merge does not remove an existing DEST.partial without --force, nor a folder Runway did not make")
    func mergeKeepsPartial() throws {
        let (plan, folder) = try smallExperiment()
        var shardFolders: [String] = []
        for i in 0..<2 {
            var shard = ExperimentRun(plan: plan, folder: folder + "/s\(i)")
            shard.shard = ShardSlice(index: i, of: 2)
            shard.experimentFile = folder + "/e.yaml"
            _ = try shard.execute(stop: StopRequest())
            shardFolders.append(folder + "/s\(i)")
        }
        try FileManager.default.createDirectory(atPath: folder + "/out.partial/runs", withIntermediateDirectories: true)
        write("precious", to: "out.partial/runs/note", in: folder)
        #expect(throws: LocatedError.self) {
            try ShardMerge.merge(shards: shardFolders, into: folder + "/out", force: false, commandLine: [])
        }
        #expect(throws: LocatedError.self) {
            try ShardMerge.merge(shards: shardFolders, into: folder + "/out", force: true, commandLine: [])
        }
        #expect(FileManager.default.contents(atPath: folder + "/out.partial/runs/note") == Data("precious".utf8))
        try FileManager.default.removeItem(atPath: folder + "/out.partial")
        try ShardMerge.merge(shards: shardFolders, into: folder + "/out", force: false, commandLine: [])
        try runToEnd(plan, into: folder + "/whole")
        #expect(try resultFiles(folder + "/out") == resultFiles(folder + "/whole"))
    }

    /// A save that fails (here the records folder turned into a file: ENOTDIR)
    /// stops the run: the failure names its cause and says to resume, and only
    /// runs whose records are on disk were reported done.
    @Test("A failed save stops the run with a readable cause, and no run counts as done before it is saved")
    func failedSave() throws {
        let (plan, folder) = try smallExperiment(replications: 4)
        let reported = Atomic<Int>(0)
        var run = ExperimentRun(plan: plan, folder: folder + "/r")
        run.jobs = 1
        run.afterEachRun = {
            if reported.add(1, ordering: .relaxed).newValue == 2 {
                try? FileManager.default.moveItem(atPath: folder + "/r.partial/runs", toPath: folder + "/saved-runs")
                write("not a folder", to: "r.partial/runs", in: folder)
            }
        }
        guard case .failed(let error) = try run.execute(stop: StopRequest()) else {
            Issue.record("the run did not fail")
            return
        }
        #expect(error.message.contains("ENOTDIR") && error.message.contains("--resume"), "\(error)")
        #expect(!error.description.contains("NSCocoaErrorDomain"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder + "/saved-runs").filter { $0.hasSuffix(".run") }
        #expect(reported.load(ordering: .relaxed) == saved.count)
    }
}

@Suite("File-system failures in words")
struct FileSystemCauseTests {
    @Test("Each errno a planner meets is named in words with its symbol", arguments: [
        (ENOSPC, "no space left", "ENOSPC"), (EROFS, "read-only", "EROFS"), (EBUSY, "busy", "EBUSY"),
        (ENOTDIR, "not a folder", "ENOTDIR"), (EACCES, "permission denied", "EACCES"), (EDQUOT, "quota", "EDQUOT"),
    ])
    func causes(_ code: Int32, _ words: String, _ symbol: String) {
        let error = FileSystem.failure("cannot write", "r.partial/runs/v0-r1.run", code)
        #expect(error.file == "r.partial/runs/v0-r1.run")
        #expect(error.message.contains(words) && error.message.contains("(\(symbol))"), "\(error)")
        #expect(!error.description.contains("NSCocoaErrorDomain") && !error.description.contains("\n"))
    }
}
