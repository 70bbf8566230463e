import Foundation
import SimulationKernel

extension BaselineCheck {
    /// The table of drifted, missing and new metrics for the terminal.
    public func table() -> String {
        let bad = rows.filter { $0.status != .same }
        guard !bad.isEmpty else {
            return "no drift: \(rows.count) metrics match the baseline (\(mode.rawValue))\n"
        }
        func interval(_ s: ReplicationSummary?) -> String {
            guard let s else { return "—" }
            return ResultFiles.short(s.mean) + " ± " + ResultFiles.short(s.halfWidth95)
        }
        var lines = ["\(bad.count) of \(rows.count) metrics drifted (\(mode.rawValue)):"]
        let header = ["scenario", "metric", "status", "baseline (95%)", "now (95%)", "change", "why"]
        var table = [header]
        for r in bad {
            table.append([r.label, r.metric, r.status.rawValue, interval(r.baseline), interval(r.current),
                          r.relativeChange.map { String(format: "%+.2f%%", $0 * 100) } ?? "—", r.reason])
        }
        let widths = header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
        for row in table {
            lines.append(row.enumerated().map { ResultFiles.pad($0.element, widths[$0.offset]) }.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JUnit XML report: one test case per scenario and metric, a failure for each drift.
    public func junit(experiment: String) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let failures = rows.filter { $0.status != .same }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"runway check\" tests=\"\(rows.count)\" failures=\"\(failures)\">\n"
        xml += "  <testsuite name=\"\(escape(experiment))\" tests=\"\(rows.count)\" failures=\"\(failures)\">\n"
        for r in rows {
            xml += "    <testcase classname=\"\(escape(experiment + "." + r.label))\" name=\"\(escape(r.metric))\""
            if r.status == .same {
                xml += "/>\n"
            } else {
                let detail = "\(r.status.rawValue): baseline \(r.baseline.map { "\($0.mean)" } ?? "none"), "
                    + "now \(r.current.map { "\($0.mean)" } ?? "none"). \(r.reason)"
                xml += ">\n      <failure message=\"\(escape(r.status.rawValue + ": " + r.reason))\">\(escape(detail))</failure>\n    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
