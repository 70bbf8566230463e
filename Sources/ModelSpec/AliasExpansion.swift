import CYaml

/// Limits on YAML aliases, checked on the parser's events before the
/// document is composed: a few lines of anchors and aliases can stand for
/// billions of nodes ("nine levels of ten aliases each"), which would
/// exhaust memory in the conversion to `SpecNode`s, or time in the YAML
/// library itself when aliases are used as keys. Each limit is a located
/// error at the alias that crosses it.
public enum AliasExpansion {
    /// Most nodes a document may hold with every alias expanded.
    public static let maximumNodes = 1_000_000
    /// Most aliases (`*name`) in one document.
    public static let maximumAliases = 10_000
    /// Most aliases nested in one another (an alias of a node holding an alias …).
    public static let maximumDepth = 8

    /// Refuses `text` (the contents of `file`) when its aliases expand past a limit.
    /// Syntax errors are left to the composer, which reports them.
    static func check(_ text: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try walk(&parser, file: file)
        }
    }

    /// A node being read: its size with aliases expanded, and the deepest alias nesting in it.
    private struct Frame {
        var anchor: String?
        var size = 1
        var depth = 0
    }

    private static func walk(_ parser: inout yaml_parser_t, file: String) throws {
        var anchors: [String: (size: Int, depth: Int)] = [:]
        var stack: [Frame] = [Frame()]
        var aliases = 0
        func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
        func add(_ size: Int, depth: Int, at mark: yaml_mark_t) throws {
            let (sum, overflow) = stack[stack.count - 1].size.addingReportingOverflow(size)
            stack[stack.count - 1].size = overflow ? Int.max : sum
            stack[stack.count - 1].depth = max(stack[stack.count - 1].depth, depth)
            let total = stack.reduce(0) { $0 > maximumNodes ? $0 : $0 + min($1.size, maximumNodes + 1) }
            if total > maximumNodes {
                throw LocatedError("with its aliases expanded the document would hold more than \(maximumNodes) values "
                                   + "(an alias bomb?); write the values out or use fewer aliases", at: location(mark, file))
            }
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_SCALAR_EVENT:
                if let anchor = string(event.data.scalar.anchor) { anchors[anchor] = (1, 0) }
                try add(1, depth: 0, at: mark)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Frame(anchor: string(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                stack.append(Frame(anchor: string(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard stack.count > 1 else { return }
                let frame = stack.removeLast()
                if let anchor = frame.anchor { anchors[anchor] = (frame.size, frame.depth) }
                try add(frame.size, depth: frame.depth, at: mark)
            case YAML_ALIAS_EVENT:
                aliases += 1
                let at = location(mark, file)
                guard aliases <= maximumAliases else {
                    throw LocatedError("more than \(maximumAliases) aliases in one file", at: at)
                }
                guard let name = string(event.data.alias.anchor), let target = anchors[name] else { continue }
                guard target.depth + 1 <= maximumDepth else {
                    throw LocatedError("aliases nested more than \(maximumDepth) deep (an alias bomb?)", at: at)
                }
                try add(target.size, depth: target.depth + 1, at: mark)
            default:
                continue
            }
        }
    }

    private static func location(_ mark: yaml_mark_t, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }
}
