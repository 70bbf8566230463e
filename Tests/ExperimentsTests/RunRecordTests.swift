import Experiments
import Foundation
import ModelSpec
import SimulationKernel
import Synchronization
import Testing

@Suite("Run records that cannot be trusted")
struct RunRecordTests {
    static func observations() -> Observations {
        var o = Observations()
        o.events = 1234
        o.record("triage.arrivals", 65_508)
        o.record("triage.wait_mean", 0.1 + 0.2)
        o.record("doctor.arrivals", 43_711.8)
        o.record("doctor.wait_mean", .nan)
        o.series.append(Observations.Series("triage.arrivals", TimeSeries(start: 0, width: 10, values: [3, 5, 4])))
        return o
    }

    @Test("A record reads back bit for bit")
    func roundTrip() throws {
        let o = Self.observations()
        let back = try RunRecord.decode(RunRecord.encode(o), file: "r.run")
        #expect(back.events == o.events)
        #expect(zip(back.metrics, o.metrics).allSatisfy { $0.name == $1.name && $0.value.bitPattern == $1.value.bitPattern })
        #expect(back.series.first?.series.values == [3, 5, 4])
    }

    /// Cut after any line, or with any two lines swapped, a record is refused
    /// with the file and a line — never read as if whole, never a crash.
    @Test("A record cut at any line boundary, or with two lines swapped, is refused with its file and line")
    func damaged() throws {
        let text = RunRecord.encode(Self.observations())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        for keep in 0..<lines.count {
            let cut = lines.prefix(keep).map { $0 + "\n" }.joined()
            do {
                _ = try RunRecord.decode(cut, file: "r.run")
                Issue.record("cut after \(keep) lines: accepted")
            } catch let error as LocatedError {
                #expect(error.file == "r.run")
            }
        }
        for a in 1..<lines.count - 1 {
            for b in a + 1..<lines.count - 1 where lines[a] != lines[b] {
                var swapped = lines
                swapped.swapAt(a, b)
                #expect(throws: LocatedError.self, "lines \(a + 1) and \(b + 1) swapped") {
                    _ = try RunRecord.decode(swapped.map { $0 + "\n" }.joined(), file: "r.run")
                }
            }
        }
        // An edited value is refused at the checksum line.
        do {
            _ = try RunRecord.decode(text.replacingOccurrences(of: "65508.0", with: "65509.0"), file: "r.run")
            Issue.record("an edited record was accepted")
        } catch let error as LocatedError {
            #expect(error.line == lines.count && error.message.contains("checksum"), "\(error)")
        }
    }

    /// Damaged records of an interrupted run are run again on resume, and the
    /// results equal those of an uninterrupted run.
    @Test("resume runs damaged records again and ends byte-identical")
    func resumeRerunsDamaged() throws {
        let (plan, folder) = try smallExperiment()
        try runToEnd(plan, into: folder + "/whole")
        // An interrupted run whose records are then damaged in three ways.
        let stop = StopRequest()
        stop.request()
        var empty = ExperimentRun(plan: plan, folder: folder + "/r")
        _ = try empty.execute(stop: stop)
        let records = RunRecordFolder(path: folder + "/r.partial/runs", plan: plan)
        let all = execute(plan, jobs: 2)
        for key in plan.runs { try records.save(try #require(try all.observations(of: key)), of: key) }
        func damage(_ key: RunKey, _ change: (inout [String]) -> Void) throws {
            let file = records.file(of: key)
            var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
            change(&lines)
            try (lines.map { $0 + "\n" }.joined()).write(toFile: file, atomically: true, encoding: .utf8)
        }
        try damage(RunKey(variant: 0, replication: 1)) { $0.removeLast(2) }  // cut at a line boundary
        try damage(RunKey(variant: 1, replication: 0)) { $0.swapAt(2, 3) }   // two metric lines swapped
        try damage(RunKey(variant: 1, replication: 2)) { $0 = Array($0.prefix(1)) }
        empty.resume = true
        let ran = Atomic<Int>(0)
        empty.afterEachRun = { ran.add(1, ordering: .relaxed) }
        guard case .completed = try empty.execute(stop: StopRequest()) else {
            Issue.record("resume did not complete")
            return
        }
        #expect(ran.load(ordering: .relaxed) == 3)
        #expect(try resultFiles(folder + "/r") == resultFiles(folder + "/whole"))
    }

    @Test("merge refuses a shard with a damaged record, naming the file and line, and writes nothing")
    func mergeRefusesDamaged() throws {
        let (plan, folder) = try smallExperiment()
        var shards: [String] = []
        for i in 0..<2 {
            var shard = ExperimentRun(plan: plan, folder: folder + "/s\(i)")
            shard.shard = ShardSlice(index: i, of: 2)
            shard.experimentFile = folder + "/e.yaml"
            _ = try shard.execute(stop: StopRequest())
            shards.append(folder + "/s\(i)")
        }
        let file = folder + "/s1/runs/" + RunRecordFolder.fileName(RunKey(variant: 0, replication: 1))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        try (lines.dropLast(3).map { $0 + "\n" }.joined()).write(toFile: file, atomically: true, encoding: .utf8)
        do {
            try ShardMerge.merge(shards: shards, into: folder + "/out", force: false, commandLine: [])
            Issue.record("a damaged shard was merged")
        } catch let error as LocatedError {
            #expect(error.file == file && error.line != nil, "\(error)")
            #expect(error.message.contains("shard 1"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.partial"))
    }
}
