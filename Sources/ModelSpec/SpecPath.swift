/// A dotted path into a model tree, as experiment files write overrides:
/// `show.viewers`, `stations[desk].servers` (a list item chosen by its
/// `name`), `stations[0].servers` (by position).
public struct SpecPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path: a mapping key, optionally followed by a list item.
    public struct Step: Sendable, Hashable {
        /// The mapping key.
        public let key: String
        /// The list item chosen after the key, if any.
        public let item: Item?
    }

    /// How a list item is chosen.
    public enum Item: Sendable, Hashable {
        /// By the item's `name` value: `stations[desk]`.
        case named(String)
        /// By position, from 0: `stations[0]`.
        case index(Int)
    }

    /// The steps, from the root.
    public let steps: [Step]
    /// The path as written.
    public let description: String

    /// Parses `text`; errors point at `node` (where the path was written).
    public init(_ text: String, at node: SpecNode) throws {
        description = text
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var key = String(part)
            var item: Item?
            if let open = key.firstIndex(of: "[") {
                guard key.hasSuffix("]") else { throw node.error("malformed path '\(text)': '[' without a closing ']'") }
                let inside = String(key[key.index(after: open)..<key.index(before: key.endIndex)])
                key = String(key[..<open])
                guard !inside.isEmpty else { throw node.error("malformed path '\(text)': empty [] ") }
                item = Int(inside).map { .index($0) } ?? .named(inside)
            }
            guard !key.isEmpty else { throw node.error("malformed path '\(text)': empty step") }
            steps.append(Step(key: key, item: item))
        }
        self.steps = steps
    }
}

extension SpecNode {
    /// This tree with the value at `path` replaced by `value` (added if only
    /// the last key is missing; the model's own reader then rejects keys it
    /// does not know, at the override's location). `at` locates errors.
    public func replacing(_ path: SpecPath, with value: SpecNode, at origin: SpecNode) throws -> SpecNode {
        try replacing(path.steps[...], with: value, origin: origin, path: path)
    }

    private func replacing(_ steps: ArraySlice<SpecPath.Step>, with value: SpecNode, origin: SpecNode, path: SpecPath) throws -> SpecNode {
        guard let step = steps.first else { return value }
        guard case .mapping(var pairs) = self.value else {
            throw origin.error("path '\(path)': cannot go into \(kindName) at \(location) with '\(step.key)'")
        }
        let rest = steps.dropFirst()
        guard let i = pairs.firstIndex(where: { $0.key.scalar == step.key }) else {
            if rest.isEmpty && step.item == nil {
                pairs.append((SpecNode(.scalar(step.key), at: origin.location), value))
                var copy = self
                copy.value = .mapping(pairs)
                return copy
            }
            var message = "path '\(path)': the model has no '\(step.key)' here"
            let keys = pairs.compactMap { $0.key.scalar }
            if let s = MappingReader.nearest(to: step.key, in: keys) { message += MappingReader.didYouMean(s, for: step.key) }
            throw origin.error(message)
        }
        var child = pairs[i].value
        if let item = step.item {
            guard case .sequence(var items) = child.value else {
                throw origin.error("path '\(path)': '\(step.key)' is not a list, so it has no item [\(item)]")
            }
            let k: Int
            switch item {
            case .index(let n):
                guard n >= 0 && n < items.count else {
                    throw origin.error("path '\(path)': '\(step.key)' has \(items.count) items, no item \(n)")
                }
                k = n
            case .named(let name):
                guard let found = items.firstIndex(where: { $0["name"]?.scalar == name }) else {
                    let names = items.compactMap { $0["name"]?.scalar }
                    var message = "path '\(path)': no item named '\(name)' in '\(step.key)'"
                    if names.isEmpty {
                        message += "; its \(items.count) items have no names: give them one (`name: \(name)`) or pick by position (\(step.key)[0])"
                    } else if let s = MappingReader.nearest(to: name, in: names) { message += MappingReader.didYouMean(s, for: name) }
                    else { message += "; items: \(names.joined(separator: ", "))" }
                    throw origin.error(message)
                }
                k = found
            }
            items[k] = try items[k].replacing(rest, with: value, origin: origin, path: path)
            child.value = .sequence(items)
        } else {
            child = try child.replacing(rest, with: value, origin: origin, path: path)
        }
        pairs[i].value = child
        var copy = self
        copy.value = .mapping(pairs)
        return copy
    }
}
