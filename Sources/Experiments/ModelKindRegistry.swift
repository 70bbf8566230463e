import LuxuryChannel
import ModelKit
import ModelSpec
import QueueingNetwork

/// The model kinds a model file may name under `kind:` — the one place that
/// lists them. A Swift program with a kind of its own runs experiments with
/// `ModelKindRegistry.standard.adding(MyKind.self)`.
public struct ModelKindRegistry: Sendable {
    /// The kinds, in the order help texts list them.
    public let kinds: [any ModelKind.Type]

    /// A registry of `kinds`.
    public init(kinds: [any ModelKind.Type]) {
        self.kinds = kinds
    }

    /// Runway's own kinds.
    public static let standard = ModelKindRegistry(kinds: [NetworkSpec.self, LuxuryChannelSpec.self])

    /// This registry with `kind` added (replacing a kind of the same name).
    public func adding(_ kind: any ModelKind.Type) -> ModelKindRegistry {
        ModelKindRegistry(kinds: kinds.filter { $0.name != kind.name } + [kind])
    }

    /// The kind named `name`, if registered.
    public func kind(named name: String) -> (any ModelKind.Type)? {
        kinds.first { $0.name == name }
    }

    /// The kind a model tree names under `kind:`; a located error for an unknown or missing kind.
    public func kind(of root: SpecNode) throws -> any ModelKind.Type {
        var top = try root.mapping("a model mapping starting with 'kind:'")
        let kindNode = try top.required("kind")
        let name = try kindNode.string()
        guard let kind = kind(named: name) else {
            var message = "unknown model kind '\(name)'"
            let known = kinds.map { $0.name }
            if let s = MappingReader.nearest(to: name, in: known) { message += MappingReader.didYouMean(s, for: name) }
            else { message += "; known kinds: \(known.joined(separator: ", "))" }
            throw kindNode.error(message)
        }
        return kind
    }

    /// Builds (so validates) the model a model tree describes.
    public func build(from root: SpecNode) throws -> any ModelKind {
        try kind(of: root).init(from: root)
    }
}
