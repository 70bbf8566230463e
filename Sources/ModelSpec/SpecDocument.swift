import Foundation
import Yams

/// Reads a YAML file into a `SpecNode` tree, turning every way it can fail —
/// missing, not UTF-8, empty, bad YAML — into a located `LocatedError`.
public enum SpecDocument {
    /// The tree of the file at `path`.
    public static func load(path: String) throws -> SpecNode {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LocatedError("cannot read the file (missing, or not a readable file)", at: start)
        }
        return try parse(data: data, file: path)
    }

    /// The tree of `data`, a file's bytes; `file` names it in messages.
    public static func parse(data: Data, file: String) throws -> SpecNode {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard var text = String(validating: data, as: UTF8.self) else {
            throw LocatedError("the file is not UTF-8 text", at: firstInvalidUTF8(data, file: file))
        }
        // A byte-order mark is allowed at the start of a YAML stream (YAML 1.2, §5.2).
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.contains("\0") {
            throw LocatedError("the file holds a NUL character; it is not a YAML text file", at: start)
        }
        try AliasExpansion.check(text, file: file)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw located(error, file: file, yamlText: text)
        } catch {
            throw LocatedError("cannot read YAML: \(error)", at: start)
        }
        guard let root = composed else {
            throw LocatedError("the file is empty; expected a YAML mapping", at: start)
        }
        return try convert(root, file: file, depth: 0)
    }

    private static func convert(_ node: Node, file: String, depth: Int) throws -> SpecNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard depth < 64 else { throw LocatedError("nesting deeper than 64 levels", at: location) }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            return SpecNode(.scalar(scalar.string), at: location, quoted: quoted)
        case .mapping(let mapping):
            var pairs: [(key: SpecNode, value: SpecNode)] = []
            var seen: [String: SourceLocation] = [:]
            for (key, value) in mapping {
                let k = try convert(key, file: file, depth: depth + 1)
                guard let name = k.scalar else { throw LocatedError("a mapping key must be a plain name", at: k.location) }
                if let first = seen[name] {
                    throw LocatedError("duplicate key '\(name)' (first given at line \(first.line))", at: k.location)
                }
                seen[name] = k.location
                pairs.append((k, try convert(value, file: file, depth: depth + 1)))
            }
            return SpecNode(.mapping(pairs), at: location)
        case .sequence(let sequence):
            return SpecNode(.sequence(try sequence.map { try convert($0, file: file, depth: depth + 1) }), at: location)
        case .alias:
            // Yams's composer gives the anchored node in place of each alias; AliasExpansion bounds them.
            throw LocatedError("an unresolved YAML alias", at: location)
        }
    }

    /// Where `key` is written a second time in the mapping starting at
    /// `mark` (Yams reports a duplicate at the mapping, not at the key).
    private static func secondKey(_ key: String, after mark: Mark, in text: String, file: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        for (i, line) in lines.enumerated() where i + 1 >= mark.line {
            var search = line[...]
            while let r = search.range(of: key + ":") {
                let before = r.lowerBound == line.startIndex ? " " : line[line.index(before: r.lowerBound)]
                if " {,-".contains(before) {
                    seen += 1
                    if seen == 2 {
                        return SourceLocation(file: file, line: i + 1, column: line.distance(from: line.startIndex, to: r.lowerBound) + 1)
                    }
                }
                search = line[r.upperBound...]
            }
        }
        return nil
    }

    private static func located(_ error: YamlError, file: String, yamlText: String? = nil) -> LocatedError {
        func problemText(_ context: YamlError.Context?, _ problem: String) -> String {
            if let context { return "YAML syntax: \(problem) \(context.text)" }
            return "YAML syntax: \(problem)"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return LocatedError(problemText(context, problem), at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .reader(problem, offset, _, yaml):
            var line = 1
            var column = 1
            if let offset {
                for (i, ch) in yaml.unicodeScalars.enumerated() {
                    if i >= offset { break }
                    if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            return LocatedError("YAML: \(problem)", at: SourceLocation(file: file, line: line, column: column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let at = secondKey(key, after: context.mark, in: yamlText ?? "", file: file)
                ?? SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            return LocatedError("duplicate key '\(key)'" + (duplicates.count > 1 ? " (and \(duplicates.dropFirst().joined(separator: ", ")))" : ""),
                                at: at)
        default:
            return LocatedError("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private static func firstInvalidUTF8(_ data: Data, file: String) -> SourceLocation {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil {
                var column = 1
                var decoder = UTF8()
                var bytes = chunk.makeIterator()
                decoding: while true {
                    switch decoder.decode(&bytes) {
                    case .scalarValue: column += 1
                    case .emptyInput, .error: break decoding
                    }
                }
                return SourceLocation(file: file, line: line, column: column)
            }
            line += 1
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }
}
