/// A small JSON reader for Runway's own files: objects keep their key order
/// and numbers keep their text, so a double reads back bit for bit
/// (`Double(String)` rounds correctly; Foundation's JSON parser need not).
public indirect enum JSONValue: Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// Parses `text`; `nil` if it is not JSON.
    public static func parse(_ text: String) -> JSONValue? {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.index == reader.scalars.count ? value : nil
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    public var double: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var pairs: [(key: String, value: JSONValue)]? {
        if case .object(let pairs) = self { return pairs }
        return nil
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func skipSpace() {
            while index < scalars.count, " \n\r\t".unicodeScalars.contains(scalars[index]) { index += 1 }
        }

        mutating func value(depth: Int = 0) -> JSONValue? {
            guard depth < 200 else { return nil }
            skipSpace()
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "{":
                index += 1
                var pairs: [(key: String, value: JSONValue)] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "}" { index += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    guard case .string(let key)? = value(depth: depth + 1) else { return nil }
                    skipSpace()
                    guard index < scalars.count, scalars[index] == ":" else { return nil }
                    index += 1
                    guard let v = value(depth: depth + 1) else { return nil }
                    pairs.append((key, v))
                    skipSpace()
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "}" { index += 1; return .object(pairs) }
                    return nil
                }
            case "[":
                index += 1
                var items: [JSONValue] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "]" { index += 1; return .array(items) }
                while true {
                    guard let v = value(depth: depth + 1) else { return nil }
                    items.append(v)
                    skipSpace()
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "]" { index += 1; return .array(items) }
                    return nil
                }
            case "\"":
                index += 1
                var s = String.UnicodeScalarView()
                while index < scalars.count {
                    let c = scalars[index]
                    index += 1
                    if c == "\"" { return .string(String(s)) }
                    if c == "\\" {
                        guard index < scalars.count else { return nil }
                        let e = scalars[index]
                        index += 1
                        switch e {
                        case "n": s.append("\n")
                        case "r": s.append("\r")
                        case "t": s.append("\t")
                        case "b": s.append("\u{8}")
                        case "f": s.append("\u{c}")
                        case "u":
                            guard index + 4 <= scalars.count,
                                  let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16),
                                  let scalar = Unicode.Scalar(code) else { return nil }
                            s.append(scalar)
                            index += 4
                        default: s.append(e)
                        }
                    } else {
                        s.append(c)
                    }
                }
                return nil
            case "t", "f", "n":
                for (word, v) in [("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null)] {
                    let w = Array(word.unicodeScalars)
                    if index + w.count <= scalars.count, Array(scalars[index..<index + w.count]) == w {
                        index += w.count
                        return v
                    }
                }
                return nil
            default:
                let start = index
                while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                return Double(text) == nil ? nil : .number(text)
            }
        }
    }
}
