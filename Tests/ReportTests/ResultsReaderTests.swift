import Foundation
import Testing
@testable import Report

struct CSVRecordsTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n1,2,3"
        #expect(try CSVRecords.parse(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""], ["1", "2", "3"]])
    }

    @Test func aByteOrderMarkAndAFinalLineBreakAreIgnored() throws {
        #expect(try CSVRecords.parse("\u{FEFF}a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try CSVRecords.parse("") == [])
        #expect(try CSVRecords.parse("\"\"\n") == [[""]])
    }

    @Test func malformedQuotingIsAnErrorWithItsLine() {
        #expect(throws: CSVRecords.SyntaxError(line: 2, message: "a quoted field is not closed")) {
            try CSVRecords.parse("a\n\"open")
        }
        #expect(throws: CSVRecords.SyntaxError(line: 1, message: "text after a closing quote")) {
            try CSVRecords.parse("\"a\"b")
        }
        #expect(throws: CSVRecords.SyntaxError(line: 1, message: "a quote inside an unquoted field")) {
            try CSVRecords.parse("a\"b")
        }
    }

    @Test func fieldsAreReadByColumnName() throws {
        let file = try CSVFile("scenario,x,metric,mean\nbase,10,m,\nbusy,11,m,2.5\n")
        #expect(file.columns(between: "scenario", and: "metric") == ["x"])
        #expect(file.number(file.records[0], "mean").isNaN)
        #expect(file.number(file.records[1], "mean") == 2.5)
        #expect(file.field(file.records[1], "absent") == "")
    }
}

struct ResultsFolderReaderTests {
    @Test func readsEveryFile() throws {
        let r = try ResultsFolderReader(folder: ResultsFixture.folder()).read()
        #expect(r.experiment == "desk")
        #expect(r.sweepColumns == ["stations[desk].servers"])
        #expect(r.summary.count == 8)
        #expect(r.scenarios == ["baseline", "busy, day"])
        #expect(r.metrics == ["desk.wait_mean", "desk.utilization"])
        #expect(r.variants.map(\.sweep) == [["10"], ["11"], ["10"], ["11"]])
        let first = try #require(r.summary.first)
        #expect(first == SummaryRow(variant: Variant(scenario: "baseline", sweep: ["10"]), metric: "desk.wait_mean", unit: "s",
                                    mean: 37.67, sd: 13.76, low: 27.83, high: 47.51, n: 3))
        // empty fields read as not a number
        #expect(r.summary[6].mean.isNaN && r.summary[6].low.isNaN)
        #expect(r.comparisons.count == 4)
        #expect(r.comparisons[0].variant == Variant(scenario: "busy, day", sweep: ["10"]))
        #expect(r.comparisons[0].baseline == "baseline")
        #expect(r.comparisons[2].difference.isNaN)
        #expect(r.timeseries.count == 4 * 8)
        #expect(r.timeseries.filter { $0.replication == nil }.count == 8)
        #expect(r.timeseries[0].bucketStart == "2026-11-11T08:00:00+08:00")
        let m = try #require(r.manifest)
        #expect(m.seed == "7")
        #expect(m.replications == 3)
        #expect(m.inputFiles.map(\.path) == ["experiments/desk.yaml", "models/help-desk.yaml"])
        #expect(m.events == 48_275_636)
        #expect(m.finished == "2026-11-29T09:06:50Z")
    }

    @Test func onlyASummaryIsRequired() throws {
        let r = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["summary.csv": ResultsFixture.summary])).read()
        #expect(r.comparisons.isEmpty && r.timeseries.isEmpty && r.manifest == nil)
    }

    @Test func summaryJSONServesWithoutTheCSV() throws {
        let json = """
            {"experiment": "desk", "scenarios": [
              {"name": "baseline", "sweep": {"stations[desk].servers": 10},
               "metrics": {"desk.wait_mean": {"unit": "s", "mean": 37.67, "sd": 13.76, "ci95_low": 27.83, "ci95_high": 47.51, "n": 10},
                           "desk.empty": {"unit": "s", "mean": null, "sd": null, "ci95_low": null, "ci95_high": null, "n": 0}}}]}
            """
        let r = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["summary.json": json])).read()
        #expect(r.sweepColumns == ["stations[desk].servers"])
        #expect(r.summary.map(\.metric) == ["desk.empty", "desk.wait_mean"])
        #expect(r.summary[0].mean.isNaN)
        #expect(r.summary[1].variant == Variant(scenario: "baseline", sweep: ["10"]))
        #expect(abs(r.summary[1].low - 27.83) < 1e-9 && abs(r.summary[1].high - 47.51) < 1e-9)
        #expect(r.summary[1].unit == "s")
    }

    @Test func mistakesNameTheFile() throws {
        let missing = "/nonexistent/runway-results"
        #expect(throws: ResultsFolderReader.ReadError(description: "\(missing): error: no such results folder")) {
            try ResultsFolderReader(folder: missing).read()
        }
        let empty = ResultsFixture.folder(files: [:])
        #expect(throws: ResultsFolderReader.ReadError(description: "\(empty): error: no summary.csv, summary.json, goal.csv or staffing.csv here (the results of `runway run` have one of them)")) {
            try ResultsFolderReader(folder: empty).read()
        }
        let broken = ResultsFixture.folder(files: ["summary.csv": "scenario,metric,mean\n\"open,m,1\n"])
        let file = (broken as NSString).appendingPathComponent("summary.csv")
        #expect(throws: ResultsFolderReader.ReadError(description: "\(file):3: error: a quoted field is not closed")) {
            try ResultsFolderReader(folder: broken).read()
        }
        let columns = ResultsFixture.folder(files: ["summary.csv": "scenario,metric\nbase,m\n"])
        #expect(throws: ResultsFolderReader.ReadError(description: "\((columns as NSString).appendingPathComponent("summary.csv")): error: missing column(s) mean")) {
            try ResultsFolderReader(folder: columns).read()
        }
    }
}
