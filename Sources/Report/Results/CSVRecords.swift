/// Reads CSV text by RFC 4180: fields separated by commas, records by CRLF or
/// LF; a field in double quotes may hold commas, line breaks and doubled
/// quotes (`""` is one `"`). A final line break is optional. UTF-8 text,
/// with or without a byte-order mark.
public enum CSVRecords {
    /// CSV text that cannot be read, with the line of the problem.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        /// 1-based line where the problem was found.
        public let line: Int
        /// What is wrong (e.g. `a quoted field is not closed`).
        public let message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// The records of `text`, each a list of fields.
    public static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false          // inside a quoted field
        var wasQuoted = false       // the current field was quoted (text may not follow the closing quote)
        var line = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            record.append(field)
            records.append(record)
            record = []
            field = ""
            wasQuoted = false
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                record.append(field)
                field = ""
                wasQuoted = false
            case "\r":
                if let d = next(), d != "\n" { pending = d }
                endRecord()
                line += 1
            case "\n":
                endRecord()
                line += 1
            case "\"":
                guard field.isEmpty && !wasQuoted else {
                    throw SyntaxError(line: line, message: "a quote inside an unquoted field")
                }
                quoted = true
                wasQuoted = true
            default:
                guard !wasQuoted else { throw SyntaxError(line: line, message: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw SyntaxError(line: line, message: "a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty || wasQuoted { endRecord() }
        return records
    }
}

/// A CSV file with a header row: its column names and records, read by name.
public struct CSVFile: Sendable {
    /// The header's column names, in file order.
    public let columns: [String]
    /// The records after the header, each a list of fields in column order (blank lines dropped).
    public let records: [[String]]
    private let index: [String: Int]

    /// Reads `text`; the first record is the header. Records with fewer
    /// fields than the header read empty fields for the rest.
    public init(_ text: String) throws {
        let all = try CSVRecords.parse(text)
        columns = all.first ?? []
        records = Array(all.dropFirst()).filter { $0 != [""] }
        var index: [String: Int] = [:]
        for (i, c) in columns.enumerated() where index[c] == nil { index[c] = i }
        self.index = index
    }

    /// Whether the file has column `name`.
    public func has(_ name: String) -> Bool { index[name] != nil }

    /// The field of `record` in column `name`; empty when absent.
    public func field(_ record: [String], _ name: String) -> String {
        guard let i = index[name], i < record.count else { return "" }
        return record[i]
    }

    /// The field as a number: NaN when empty or not a number.
    public func number(_ record: [String], _ name: String) -> Double {
        Double(field(record, name)) ?? .nan
    }

    /// The columns strictly between `first` and `last` (sweep columns sit between `scenario` and `metric`).
    public func columns(between first: String, and last: String) -> [String] {
        guard let a = index[first], let b = index[last], a < b else { return [] }
        return Array(columns[(a + 1)..<b])
    }
}
