/// A YAML document built in code and written in one consistent style —
/// block mappings and lists, flow style for small mappings such as
/// distributions, comments after values — so that what Runway writes
/// (`runway explain`) reads back as a valid file.
public indirect enum YAMLText: Sendable, Equatable {
    /// A plain scalar, written as is (numbers, names, booleans).
    case scalar(String)
    /// A block mapping of keys to values, each with an optional comment.
    case mapping([Entry])
    /// A block list.
    case list([YAMLText])
    /// A flow mapping on one line: `{dist: exponential, mean: 2}`.
    case flow([(String, String)])
    /// A flow list on one line: `[1, 2, 3]`.
    case flowList([String])

    /// One key of a block mapping.
    public struct Entry: Sendable, Equatable {
        /// The key, written as is.
        public let key: String
        /// The value, inline when it is small.
        public let value: YAMLText
        /// A comment written after the value (`# …`), if any.
        public let comment: String?

        /// An entry `key: value    # comment`.
        public init(_ key: String, _ value: YAMLText, comment: String? = nil) {
            self.key = key
            self.value = value
            self.comment = comment
        }
    }

    /// A number in `NumberText`'s form.
    public static func number(_ x: Double) -> YAMLText { .scalar(NumberText.shortest(x)) }

    /// The document's text, ending in a newline.
    public var text: String {
        var lines: [String] = []
        render(into: &lines, indent: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Equal when they write the same text.
    public static func == (a: YAMLText, b: YAMLText) -> Bool { a.text == b.text }

    var inline: String? {
        switch self {
        case .scalar(let s): return s
        case .flow(let pairs): return "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .flowList(let items): return "[" + items.joined(separator: ", ") + "]"
        case .mapping(let entries): return entries.isEmpty ? "{}" : nil
        case .list(let items): return items.isEmpty ? "[]" : nil
        }
    }

    func render(into lines: inout [String], indent: Int) {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .mapping(let entries):
            for e in entries {
                let comment = e.comment.map { "    # \($0)" } ?? ""
                if let inline = e.value.inline {
                    lines.append("\(pad)\(e.key): \(inline)\(comment)")
                } else {
                    lines.append("\(pad)\(e.key):\(comment)")
                    e.value.render(into: &lines, indent: indent + 2)
                }
            }
        case .list(let items):
            for item in items {
                if let inline = item.inline {
                    lines.append("\(pad)- \(inline)")
                } else {
                    var inner: [String] = []
                    item.render(into: &inner, indent: indent + 2)
                    guard let first = inner.first else { continue }
                    lines.append(pad + "- " + first.dropFirst(indent + 2))
                    lines += inner.dropFirst()
                }
            }
        default:
            lines.append(pad + (inline ?? ""))
        }
    }
}
