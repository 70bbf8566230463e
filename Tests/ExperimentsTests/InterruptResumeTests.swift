import Experiments
import Foundation
import ModelSpec
import Synchronization
import Testing

@Suite("Interrupt and resume")
struct InterruptResumeTests {
    /// Stops after 3 of 8 runs (one worker, so the count is exact), checks
    /// that those runs are on disk and no results folder exists, resumes, and
    /// compares the results with an uninterrupted run byte for byte.
    @Test("A resumed run ends byte-identical to an uninterrupted one")
    func resumeMatchesWholeRun() throws {
        let folder = temporaryFolder()
        let experiment = "\(repositoryRoot)/experiments/desk-staffing.yaml"
        let plan = try ExperimentLoader.plan(path: experiment, replications: 2)
        #expect(plan.runs.count == 12)

        var whole = ExperimentRun(plan: plan, folder: folder + "/whole")
        whole.jobs = 2
        guard case .completed = try whole.execute(stop: StopRequest()) else {
            Issue.record("the uninterrupted run did not complete")
            return
        }

        let stop = StopRequest()
        let finished = Atomic<Int>(0)
        var first = ExperimentRun(plan: plan, folder: folder + "/resumed")
        first.jobs = 1
        first.afterEachRun = { if finished.add(1, ordering: .relaxed).newValue == 3 { stop.request() } }
        guard case .interrupted(let saved, let total, _) = try first.execute(stop: stop) else {
            Issue.record("the run was not interrupted")
            return
        }
        #expect(saved == 3 && total == 12)
        #expect(!FileManager.default.fileExists(atPath: folder + "/resumed"))
        let savedFiles = try FileManager.default.contentsOfDirectory(atPath: folder + "/resumed.partial/runs")
        #expect(savedFiles.filter { $0.hasSuffix(".run") }.count == 3)

        // Without --resume or --force, the interrupted run is not touched.
        #expect(throws: LocatedError.self) {
            _ = try ExperimentRun(plan: plan, folder: folder + "/resumed").execute(stop: StopRequest())
        }

        var second = ExperimentRun(plan: plan, folder: folder + "/resumed")
        second.jobs = 2
        second.resume = true
        let ran = Atomic<Int>(0)
        second.afterEachRun = { ran.add(1, ordering: .relaxed) }
        guard case .completed = try second.execute(stop: StopRequest()) else {
            Issue.record("the resumed run did not complete")
            return
        }
        #expect(ran.load(ordering: .relaxed) == 9, "resume must run only the missing runs")
        for name in ["summary.json", "summary.csv", "replications.csv", "comparisons.csv", "timeseries.csv"] {
            let a = FileManager.default.contents(atPath: "\(folder)/whole/\(name)")
            let b = FileManager.default.contents(atPath: "\(folder)/resumed/\(name)")
            #expect(a != nil && a == b, "\(name) differs after resume")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/resumed.partial"))
    }

    @Test("An existing results folder is not replaced without force, and force replaces only what Runway made")
    func noOverwrite() throws {
        let folder = temporaryFolder()
        let plan = try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/mmc.yaml", replications: 2)
        try FileManager.default.createDirectory(atPath: folder + "/r", withIntermediateDirectories: true)
        write("keep me", to: "r/note.txt", in: folder)
        #expect(throws: LocatedError.self) {
            _ = try ExperimentRun(plan: plan, folder: folder + "/r").execute(stop: StopRequest())
        }
        // A folder Runway did not make is not replaced even with --force.
        var forced = ExperimentRun(plan: plan, folder: folder + "/r")
        forced.force = true
        #expect(throws: LocatedError.self) { _ = try forced.execute(stop: StopRequest()) }
        #expect(FileManager.default.fileExists(atPath: folder + "/r/note.txt"))
        // Nor a plain file.
        write("a file", to: "plain", in: folder)
        var overFile = ExperimentRun(plan: plan, folder: folder + "/plain")
        overFile.force = true
        #expect(throws: LocatedError.self) { _ = try overFile.execute(stop: StopRequest()) }
        #expect(FileManager.default.contents(atPath: folder + "/plain") == Data("a file".utf8))
        // Results Runway made are.
        _ = try ExperimentRun(plan: plan, folder: folder + "/mine").execute(stop: StopRequest())
        write("stale", to: "mine/extra.txt", in: folder)
        var again = ExperimentRun(plan: plan, folder: folder + "/mine")
        again.force = true
        guard case .completed = try again.execute(stop: StopRequest()) else {
            Issue.record("the forced run did not complete")
            return
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/mine/summary.json"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/mine/extra.txt"))
    }
}
