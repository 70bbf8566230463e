import Foundation
import Report
import SimulationKernel

extension ResultFiles {
    /// The terminal table (or its Markdown): per scenario and sweep point,
    /// each metric's mean and 95% interval in planners' units, and for
    /// scenarios other than the baseline the paired difference with its
    /// relative change. The same text as `runway table DIR` prints for the
    /// published folder: both go through `ResultsTable` from the same values.
    public static func table(_ results: ExperimentResults, format: ResultsTable.Format = .plain) -> String {
        ResultsTable(loaded(results)).text(format)
    }

    /// `s` padded with spaces to `width` characters (on the right, or on the left).
    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }

    /// Six significant digits, for plain lines outside the table.
    static func short(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e7 || magnitude < 1e-3 { return String(format: "%.4e", x) }
        return String(format: "%.6g", x)
    }
}
