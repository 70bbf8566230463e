import Foundation
import ModelSpec

/// The tree of `yaml`, as if read from a file named `t.yaml`.
func tree(_ yaml: String) throws -> SpecNode {
    try SpecDocument.parse(data: Data(yaml.utf8), file: "t.yaml")
}

/// The value under `key` of a one-key document `key: text`.
func value(_ text: String) throws -> SpecNode {
    try require_node(tree("v: \(text)")["v"])
}

/// A small stand-in for `#require` on optionals outside a test body.
func require_node(_ node: SpecNode?) throws -> SpecNode {
    guard let node else { throw LocatedError("missing node", at: SourceLocation(file: "t.yaml", line: 1, column: 1)) }
    return node
}
