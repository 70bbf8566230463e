@testable import Experiments
import Foundation
import ModelSpec
@testable import Report
import Testing

/// Every error is printed once in Runway's form, `FILE:LINE:COLUMN: error: …`,
/// however many layers it passed through.
@Suite("Errors are located once, never wrapped twice")
struct ErrorFormTests {
    @Test("a results folder's ReadError keeps its file and line and gains no second 'error:'")
    func readErrorIsNotWrappedTwice() {
        let folderError = LocatedError(describing: ResultsFolderReader.ReadError(description: "/r/x: error: no such results folder"))
        #expect(folderError.description == "/r/x: error: no such results folder")
        #expect(folderError.file == "/r/x" && folderError.line == nil)
        let lineError = LocatedError(describing: ResultsFolderReader.ReadError(description: "/r/x/summary.csv:3: error: a quoted field is not closed"))
        #expect(lineError.file == "/r/x/summary.csv" && lineError.line == 3 && lineError.message == "a quoted field is not closed")
        #expect(lineError.description == "/r/x/summary.csv:3: error: a quoted field is not closed")
    }

    @Test("a located error stays as it is; any other error is its text with one 'error:'")
    func otherErrors() {
        let located = LocatedError("bad", file: "e.yaml", line: 2, column: 5)
        #expect(LocatedError(describing: located).description == "e.yaml:2:5: error: bad")
        struct Plain: Error, CustomStringConvertible { var description: String { "something broke" } }
        #expect(LocatedError(describing: Plain()).description == "error: something broke")
    }

    @Test("a failure while publishing keeps the runs and is not wrapped twice")
    func keepingRuns() {
        let error = ExperimentRun.keepingRuns(ResultsFolderReader.ReadError(description: "/r/p/summary.json: error: not a JSON object"),
                                              saved: 3, in: "/r/p.partial")
        #expect(error.file == "/r/p/summary.json")
        #expect(error.description.hasPrefix("/r/p/summary.json: error: not a JSON object; the 3 finished runs are kept"))
        #expect(error.description.components(separatedBy: "error:").count == 2)
    }
}
