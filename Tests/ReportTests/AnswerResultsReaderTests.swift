import Foundation
import Testing
@testable import Report

struct AnswerResultsReaderTests {
    @Test func goalCandidatesAreGatheredWithTheirEstimates() throws {
        let folder = ResultsFixture.folder(files: ["goal.csv": AnswerFixture.goal, "manifest.json": AnswerFixture.manifest])
        let results = try ResultsFolderReader(folder: folder).read()
        let goal = try #require(results.goal)
        #expect(results.experiment == "g")
        #expect(results.scenarios == ["baseline", "busy day"])
        #expect(goal.variables == ["stations[desk].servers"])
        #expect(goal.constraints == ["desk.wait_mean <= 20s", "desk.wait_p95 <= 2m"])
        #expect(goal.candidates.count == 8)
        let baseline = goal.candidates(in: "baseline")
        #expect(baseline.map(\.values) == [["40"], ["20"], ["10"], ["15"], ["12"], ["11"], ["1"]])
        #expect(baseline[4].choice == .chosen && baseline[3].choice == .runnerUp && baseline[0].choice == nil)
        #expect(baseline[2].verdict == .fails && baseline[5].verdict == .undecided && baseline[4].verdict == .holds)
        let chosen = try #require(baseline[4].estimate("desk.wait_mean <= 20s"))
        #expect(chosen.target == 20 && chosen.upperBound == 16 && chosen.isAtMost && chosen.decidingBound == 16)
        #expect(chosen.confidence == 0.95 && chosen.n == 10 && baseline[4].replications == 10)
        // Empty fields are not numbers, never 0.
        let unmeasured = try #require(baseline[6].estimate("desk.wait_mean <= 20s"))
        #expect(unmeasured.mean.isNaN && unmeasured.sd.isNaN && unmeasured.lowerBound.isNaN && unmeasured.upperBound.isNaN)
        #expect(unmeasured.n == 0 && unmeasured.verdict == .undecided)
        #expect(results.summary.isEmpty)
    }

    @Test func staffingIntervalsAreReadWithTheTargetAndTheConstantStaffing() throws {
        let results = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["staffing.csv": AnswerFixture.staffing])).read()
        let staffing = try #require(results.staffing)
        #expect(results.experiment == "s" && staffing.experiment == "s")
        let intervals = staffing.intervals(in: "baseline")
        #expect(intervals.map(\.staff) == [3, 5, 4, 1])
        #expect(intervals.map(\.meets) == [true, true, false, true])
        #expect(intervals[0].relation == ">=" && intervals[0].withinSeconds == 20 && intervals[0].constant == .staff(5))
        #expect(intervals[0].start == "2026-11-11T08:00:00+08:00" && intervals[1].startSeconds == 3600 && intervals[1].hours == 1)
        #expect(intervals[3].mean.isNaN && intervals[3].low.isNaN && intervals[3].n == 0)
    }

    @Test func olderStaffingFilesLackTheTargetsSideAndTheConstantStaffing() throws {
        let old = AnswerFixture.staffing.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropLast(3).joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        let results = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["staffing.csv": old])).read()
        let first = try #require(results.staffing?.intervals.first)
        #expect(first.constant == .notRecorded && first.relation.isEmpty && first.withinSeconds.isNaN)
        // An empty constant_staff field: none within the range meets the target.
        let none = AnswerFixture.staffing.replacingOccurrences(of: ",>=,20,5", with: ",>=,20,")
        let read = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["staffing.csv": none])).read()
        #expect(read.staffing?.intervals.first?.constant == ConstantStaffing.noneMeetsTarget)
    }

    @Test func aFolderWithNeitherASummaryNorAnAnswerIsRefused() {
        let folder = ResultsFixture.folder(files: ["manifest.json": AnswerFixture.manifest])
        do {
            _ = try ResultsFolderReader(folder: folder).read()
            Issue.record("read a folder with neither")
        } catch {
            #expect("\(error)".contains("no summary.csv, summary.json, goal.csv or staffing.csv here"))
        }
    }

    @Test func aGoalFileWithoutItsColumnsNamesThem() {
        let folder = ResultsFixture.folder(files: ["goal.csv": "experiment,scenario,candidate\ng,a,1\n"])
        do {
            _ = try ResultsFolderReader(folder: folder).read()
            Issue.record("read a goal.csv without its columns")
        } catch {
            #expect("\(error)".contains("goal.csv: error: missing column(s) cost, constraint, mean, verdict"))
        }
    }
}
