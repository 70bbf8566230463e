/// A YAML value with the place it was written: the tree that model and
/// experiment files are read from. Overrides splice nodes from one file into
/// another's tree, and each node keeps its own location for error messages.
public struct SpecNode: Sendable {
    /// The node's content.
    public indirect enum Value: Sendable {
        /// A scalar's text as written (numbers and booleans are read from it on demand).
        case scalar(String)
        /// A mapping's key–value pairs in file order (the YAML reader refuses duplicate keys).
        case mapping([(key: SpecNode, value: SpecNode)])
        /// A sequence's items in file order.
        case sequence([SpecNode])
    }

    /// The node's content.
    public var value: Value
    /// Where the node was written.
    public let location: SourceLocation
    /// Whether a scalar was quoted in the file (a quoted scalar is always a string).
    public let isQuoted: Bool

    /// A node with its place in a file; `quoted` for a quoted scalar.
    public init(_ value: Value, at location: SourceLocation, quoted: Bool = false) {
        self.value = value
        self.location = location
        self.isQuoted = quoted
    }

    /// A short name for the node's kind, for messages.
    public var kindName: String {
        switch value {
        case .scalar: return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// The value in compact YAML flow style, e.g. `[{from: 0h, workers: 12}]`.
    public var flowText: String {
        switch value {
        case .scalar(let s): return s
        case .sequence(let items): return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key.flowText): \($0.value.flowText)" }.joined(separator: ", ") + "}"
        }
    }

    /// The scalar text, if the node is a scalar.
    public var scalar: String? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    /// The value under `key`, if the node is a mapping holding it.
    public subscript(key: String) -> SpecNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }

    /// Sets (or adds) `key` in a mapping node.
    public mutating func set(_ key: String, to node: SpecNode, keyLocation: SourceLocation? = nil) {
        guard case .mapping(var pairs) = value else { return }
        if let i = pairs.firstIndex(where: { $0.key.scalar == key }) {
            pairs[i].value = node
        } else {
            pairs.append((SpecNode(.scalar(key), at: keyLocation ?? node.location), node))
        }
        value = .mapping(pairs)
    }
}
