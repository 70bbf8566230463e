import ModelSpec
import SimulationKernel

/// One finished run as a small text file, so an interrupted experiment keeps
/// what it computed. Numbers are written in Swift's shortest round-trip form,
/// so reading a record back gives the very same doubles (and the same results).
///
/// ```
/// runway-run 3
/// events	1234
/// metric	desk.wait_mean	0.52
/// series	desk.arrivals	0	10	3,5,4
/// breakdown	breakdowns	0	12,0,7
/// sha256	<SHA-256 of every byte above this line>
/// ```
///
/// The last line is the checksum of the body, so a record cut short (even at
/// a line boundary), with lines swapped or edited is recognised and never
/// trusted: `--resume` runs it again and `runway merge` refuses it, naming
/// the file and line.
public enum RunRecord {
    static let header = "runway-run 3"

    /// The record of `o`.
    public static func encode(_ o: Observations) -> String {
        var lines = [header, "events\t\(o.events)"]
        for m in o.metrics { lines.append("metric\t\(m.name)\t\(m.value)") }
        for s in o.series {
            let values = s.series.values.map { "\($0)" }.joined(separator: ",")
            lines.append("series\t\(s.name)\t\(s.series.start)\t\(s.series.width)\t\(values)")
        }
        for b in o.breakdowns {
            for (c, column) in b.columns.enumerated() {
                lines.append("breakdown\t\(b.name)\t\(c)\t" + column.map { "\($0)" }.joined(separator: ","))
            }
        }
        let body = lines.joined(separator: "\n") + "\n"
        return body + "sha256\t" + SHA256.hex(Array(body.utf8)) + "\n"
    }

    /// Reads the record `text` of `file` back, checking its checksum and then
    /// every line; the error names the line at fault.
    public static func decode(_ text: String, file: String) throws -> Observations {
        func fault(_ line: Int?, _ message: String) -> LocatedError {
            LocatedError(message, file: file, line: line, column: line == nil ? nil : 1)
        }
        let bytes = Array(text.utf8)
        guard text.hasPrefix(header + "\n") else {
            throw fault(1, "not a run record of this Runway version (expected '\(header)' on the first line)")
        }
        // The checksum line is the last; the body is everything before it.
        guard bytes.last == UInt8(ascii: "\n") else {
            throw fault(nil, "the record does not end with a line break: cut short while written?")
        }
        let lastStart = (bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let lineCount = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let last = String(decoding: bytes[lastStart..<(bytes.count - 1)], as: UTF8.self)
        guard last.hasPrefix("sha256\t") else {
            throw fault(lineCount, "the record ends without its checksum line: cut short?")
        }
        let body = bytes[0..<lastStart]
        guard SHA256.hex(body) == last.dropFirst("sha256\t".count) else {
            throw fault(lineCount, "the checksum does not match the record: it was changed or damaged after it was written")
        }
        var o = Observations()
        var sawEvents = false
        let lines = String(decoding: body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch f.first {
            case "events":
                guard f.count == 2, let n = Int(f[1]), n >= 0, !sawEvents else { throw fault(number, "expected one 'events<TAB>COUNT' line") }
                o.events = n
                sawEvents = true
            case "metric":
                guard f.count == 3, !f[1].isEmpty, let x = Double(f[2]) else { throw fault(number, "expected 'metric<TAB>NAME<TAB>VALUE'") }
                o.record(f[1], x)
            case "series":
                guard f.count == 5, !f[1].isEmpty, let start = Double(f[2]), let width = Double(f[3]), width > 0 else {
                    throw fault(number, "expected 'series<TAB>NAME<TAB>START<TAB>WIDTH<TAB>VALUES'")
                }
                let fields = f[4].isEmpty ? [] : f[4].split(separator: ",")
                let values = fields.compactMap { Double($0) }
                guard values.count == fields.count else { throw fault(number, "a series value is not a number") }
                o.series.append(Observations.Series(f[1], TimeSeries(start: start, width: width, values: values)))
            case "breakdown":
                // A breakdown table's columns in order: `breakdown NAME COLUMN VALUES`.
                guard f.count == 4, !f[1].isEmpty, let c = Int(f[2]) else {
                    throw fault(number, "expected 'breakdown<TAB>NAME<TAB>COLUMN<TAB>VALUES'")
                }
                let fields = f[3].isEmpty ? [] : f[3].split(separator: ",")
                let values = fields.compactMap { Double($0) }
                guard values.count == fields.count else { throw fault(number, "a breakdown value is not a number") }
                if let last = o.breakdowns.last, last.name == f[1], c == last.columns.count {
                    o.breakdowns[o.breakdowns.count - 1] = Observations.Breakdown(f[1], columns: last.columns + [values])
                } else if c == 0, !o.breakdowns.contains(where: { $0.name == f[1] }) {
                    o.breakdowns.append(Observations.Breakdown(f[1], columns: [values]))
                } else {
                    throw fault(number, "breakdown columns out of order")
                }
            default:
                throw fault(number, "unexpected line '\(line.prefix(40))'")
            }
        }
        guard sawEvents else { throw fault(2, "the record has no 'events' line") }
        return o
    }

    /// Reads the record `text` of `file` and requires exactly the metrics of
    /// `catalogue`, in its order, and (with `series`) each of its series once,
    /// in order, all of one length: a record that passes this is trusted.
    public static func decode(_ text: String, file: String, catalogue: MetricCatalogue, series: Bool) throws -> Observations {
        let o = try decode(text, file: file)
        let names = o.metrics.map(\.name)
        guard names == catalogue.metricNames else {
            let missing = catalogue.metricNames.filter { !names.contains($0) }
            let extra = names.filter { !catalogue.metricNames.contains($0) }
            var detail = [String]()
            if !missing.isEmpty { detail.append("missing \(missing.prefix(3).joined(separator: ", "))") }
            if !extra.isEmpty { detail.append("not the model's: \(extra.prefix(3).joined(separator: ", "))") }
            if detail.isEmpty { detail.append("in another order") }
            throw LocatedError("the record's metrics are not those of the model (\(detail.joined(separator: "; ")))", file: file)
        }
        let expected = series ? catalogue.series.map(\.name) : []
        guard o.series.map(\.name) == expected else {
            throw LocatedError("the record's time series are not those the experiment records", file: file)
        }
        if let first = o.series.first, o.series.contains(where: { $0.series.values.count != first.series.values.count }) {
            throw LocatedError("the record's time series differ in length", file: file)
        }
        let tables = zip(o.breakdowns, catalogue.breakdowns).allSatisfy { b, d in
            b.name == d.name && b.columns.count == d.columns.count && b.columns.allSatisfy { $0.count == d.rows.count }
        }
        guard o.breakdowns.count == catalogue.breakdowns.count, tables else {
            throw LocatedError("the record's breakdown tables are not those of the model", file: file)
        }
        return o
    }
}
