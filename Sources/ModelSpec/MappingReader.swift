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

    /// The value under `key`. When it is missing, an error at the key that
    /// was probably meant for it — one nobody asked for that is `key`
    /// misspelt (one or two edits, a swap) or written with look-alike letters
    /// (`hοrizon` with a Greek omicron) — "unknown key 'horizn' (did you
    /// mean 'horizon'?)"; otherwise an error at the mapping.
    public mutating func required(_ key: String) throws -> SpecNode {
        guard let value = optional(key) else {
            if let (written, node) = misspelling(of: key) {
                throw node.error("unknown key '\(written)'" + Self.didYouMean(key, for: written)
                                 + "; '\(key)' is required")
            }
            throw node.error("missing required field '\(key)'")
        }
        return value
    }

    /// A key of the mapping nobody asked for that is likely `key` misspelt.
    /// Stricter than `nearest` (at most one edit in a key of up to seven
    /// letters), since the key may still be asked for as itself later.
    private func misspelling(of key: String) -> (String, SpecNode)? {
        let target = LookAlikes.skeleton(key)
        var best: (String, SpecNode, Int)?
        for (k, _) in pairs {
            guard let name = k.scalar, name != key, !known.contains(name) else { continue }
            let d = Self.editDistance(LookAlikes.skeleton(name), target, transpositions: true)
            if d <= max(1, key.count / 4), best == nil || d < best!.2 { best = (name, k, d) }
        }
        return best.map { ($0.0, $0.1) }
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
            if let suggestion = Self.nearest(to: name, in: known) { message += Self.didYouMean(suggestion, for: name) }
            else { message += "; expected one of: \(known.joined(separator: ", "))" }
            throw key.error(message)
        }
    }

    /// The candidate within a small edit distance of `word`, if any; letters
    /// that only look alike (a Greek omicron for an `o`) count as the same.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let written = LookAlikes.skeleton(word)
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(written, LookAlikes.skeleton(c))
            if d <= max(2, c.count / 3), best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    /// ` (did you mean 'horizon'?)`, with a note when `written` holds a
    /// look-alike of a letter of `suggestion`: ` (did you mean 'horizon'?
    /// 'ο' (character 2) is U+03BF GREEK SMALL LETTER OMICRON, not the Latin 'o')`.
    public static func didYouMean(_ suggestion: String, for written: String) -> String {
        guard let note = LookAlikes.note(written, against: suggestion) else { return " (did you mean '\(suggestion)'?)" }
        return " (did you mean '\(suggestion)'? \(note))"
    }

    /// Levenshtein distance over Unicode scalars; with `transpositions`, a
    /// swap of two neighbours counts as one edit (optimal string alignment).
    static func editDistance(_ a: String, _ b: String, transpositions: Bool = false) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = Array(0...b.count)
        var previous = before
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
