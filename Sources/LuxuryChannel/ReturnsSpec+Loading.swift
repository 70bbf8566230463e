import ModelSpec
import SimulationKernel

extension Returns {
    /// Reads `returns:`; `live` defaults to `browsing`, `restock` to 0.
    init(from node: SpecNode, categories: [LuxuryChannelSpec.Category]) throws {
        var m = try node.mapping("a returns mapping")
        browsing = try m.required("browsing") { try Self.byCategory($0, categories: categories) }
        live = try m.optional("live") { try Self.byCategory($0, categories: categories) } ?? browsing
        time = try m.required("time") { try $0.distribution() }
        restock = try m.optional("restock") { try $0.probability(what: "restock share") } ?? 0
        try m.finish()
    }

    /// `{beauty: 8%, fashion: 15%}`: one probability per category, by name (0 when absent).
    static func byCategory(_ node: SpecNode, categories: [LuxuryChannelSpec.Category]) throws -> [Double] {
        var m = try node.mapping("probabilities by category name")
        let values = try categories.map { c in try m.optional(c.name) { try $0.probability(what: "return probability") } ?? 0 }
        try m.finish()
        return values
    }
}
