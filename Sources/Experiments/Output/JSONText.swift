/// Minimal JSON writing with a fixed key order, so results files are
/// byte-identical across runs (Foundation's encoder does not promise an order).
public enum JSONText {
    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number, or `null` for NaN and infinities.
    public static func number(_ x: Double) -> String {
        x.isFinite ? formatNumber(x) : "null"
    }

    /// An object from ordered (key, already-encoded value) pairs.
    public static func object(_ pairs: [(String, String)], indent: Int = 0) -> String {
        guard !pairs.isEmpty else { return "{}" }
        let pad = String(repeating: "  ", count: indent + 1)
        let body = pairs.map { "\(pad)\(string($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n\(body)\n\(String(repeating: "  ", count: indent))}"
    }

    /// A compact one-line object.
    public static func inlineObject(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// An array of already-encoded values.
    public static func array(_ items: [String], indent: Int = 0) -> String {
        guard !items.isEmpty else { return "[]" }
        let pad = String(repeating: "  ", count: indent + 1)
        return "[\n" + items.map { pad + $0 }.joined(separator: ",\n") + "\n\(String(repeating: "  ", count: indent))]"
    }
}
