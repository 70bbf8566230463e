import SimulationKernel

/// One finished run as a small text file, so an interrupted experiment keeps
/// what it computed. Numbers are written in Swift's shortest round-trip form,
/// so reading a record back gives the very same doubles (and the same results).
public enum RunRecord {
    /// The record of `o`.
    public static func encode(_ o: Observations) -> String {
        var lines = ["runway-run 2", "events\t\(o.events)"]
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
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a record back; `nil` if it is not a complete record.
    public static func decode(_ text: String) -> Observations? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "runway-run 2", lines.last == "" else { return nil }
        lines.removeLast()
        var o = Observations()
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch f.first {
            case "events":
                guard f.count == 2, let n = Int(f[1]) else { return nil }
                o.events = n
            case "metric":
                guard f.count == 3, let x = Double(f[2]) else { return nil }
                o.record(f[1], x)
            case "series":
                guard f.count == 5, let start = Double(f[2]), let width = Double(f[3]), width > 0 else { return nil }
                let fields = f[4].isEmpty ? [] : f[4].split(separator: ",")
                let values = fields.compactMap { Double($0) }
                guard values.count == fields.count else { return nil }
                o.series.append(Observations.Series(f[1], TimeSeries(start: start, width: width, values: values)))
            case "breakdown":
                // Columns of a table in order: `breakdown NAME COLUMN VALUES`.
                guard f.count == 4, let c = Int(f[2]) else { return nil }
                let fields = f[3].isEmpty ? [] : f[3].split(separator: ",")
                let values = fields.compactMap { Double($0) }
                guard values.count == fields.count else { return nil }
                if let last = o.breakdowns.last, last.name == f[1], c == last.columns.count {
                    o.breakdowns[o.breakdowns.count - 1] = Observations.Breakdown(f[1], columns: last.columns + [values])
                } else if c == 0, !o.breakdowns.contains(where: { $0.name == f[1] }) {
                    o.breakdowns.append(Observations.Breakdown(f[1], columns: [values]))
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        return o
    }
}
