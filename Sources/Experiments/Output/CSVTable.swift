import ModelSpec

/// Builds CSV text by RFC 4180: fields holding a comma, a quote or a line
/// break are quoted and their quotes doubled. Lines end in LF, which pandas,
/// R and spreadsheets all accept and which diffs well in baselines.
public struct CSVTable {
    /// The CSV so far: the header line, then one line per record.
    public private(set) var text = ""

    /// A table whose first line holds the column names `header`.
    public init(header: [String]) { append(header) }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        text += Self.line(fields)
    }

    /// One record as a line of CSV, ending in LF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Numbers as results files write them: `NumberText.shortest`, the one
/// formatter (shortest text that reads back to the same double, so files are
/// byte-stable; empty for NaN or infinity).
public func formatNumber(_ x: Double) -> String { NumberText.shortest(x) }
