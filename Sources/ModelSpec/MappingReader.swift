/// Reads a mapping's keys one by one and then rejects any key nobody asked
/// for, suggesting the nearest known one ("did you mean …").
public struct MappingReader {
    /// The mapping node.
    public let node: SpecNode
    let pairs: [(key: SpecNode, value: SpecNode)]
    private var known: [String] = []

    init(node: SpecNode, pairs: [(key: SpecNode, value: SpecNode)]) {
        self.node = node
        self.pairs = pairs
    }

    /// The value under `key`, if present.
    public mutating func optional(_ key: String) -> SpecNode? {
        known.append(key)
        return pairs.first { $0.key.scalar == key }?.value
    }

    /// The value under `key`, read with `read`, if present.
    public mutating func optional<T>(_ key: String, _ read: (SpecNode) throws -> T) throws -> T? {
        guard let value = optional(key) else { return nil }
        return try read(value)
    }

    /// The value under `key`; an error at the mapping when it is missing.
    public mutating func required(_ key: String) throws -> SpecNode {
        guard let value = optional(key) else { throw node.error("missing required field '\(key)'") }
        return value
    }

    /// The value under `key`, read with `read`; an error when it is missing.
    public mutating func required<T>(_ key: String, _ read: (SpecNode) throws -> T) throws -> T {
        try read(required(key))
    }

    /// Marks keys as known without reading them (read elsewhere).
    public mutating func allow(_ keys: String...) { known.append(contentsOf: keys) }

    /// Keys present in the mapping, in file order.
    public var keys: [String] { pairs.compactMap { $0.key.scalar } }

    /// Rejects the first key that was never asked for.
    public func finish() throws {
        for (key, _) in pairs {
            guard let name = key.scalar, !known.contains(name) else { continue }
            var message = "unknown key '\(name)'"
            if let suggestion = Self.nearest(to: name, in: known) { message += " (did you mean '\(suggestion)'?)" }
            else { message += "; expected one of: \(known.joined(separator: ", "))" }
            throw key.error(message)
        }
    }

    /// The candidate within a small edit distance of `word`, if any.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(word.lowercased(), c.lowercased())
            if d <= max(2, c.count / 3), best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
