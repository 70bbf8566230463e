import Foundation
import LuxuryChannel
import ModelSpec
import Testing

/// `runway explain` writes a model file: reading it back must give the same
/// model, so explaining it again must give the same text.
@Suite("Luxury channel: explain writes a valid model")
struct ExplanationTests {
    static func explainTwice(_ yaml: String) throws -> (first: String, second: String) {
        let first = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "m.yaml")).explanation()
        let second = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(first.utf8), file: "explained.yaml")).explanation()
        return (first, second)
    }

    @Test("explain → load → explain gives the same text", arguments: 0..<LuxuryCatalogueTests.variants.count)
    func roundTrip(variant: Int) throws {
        let (first, second) = try Self.explainTwice(LuxuryCatalogueTests.variants[variant])
        #expect(first == second)
    }

    @Test("The default model survives explain → load → explain")
    func defaultModel() throws {
        let text = try String(contentsOfFile: repositoryRoot + "/models/tmall-luxury.yaml", encoding: .utf8)
        let (first, second) = try Self.explainTwice(text)
        #expect(first == second)
        #expect(first.contains("session-length: 180"))
        #expect(first.contains("category: fashion"))
    }

    /// A model without shows or operations writes no `show:` or `fulfilment:` section
    /// (the old explain wrote `show: none` and `fulfilment: none`, which the loader refuses).
    @Test("A model without a show or operations explains to a loadable file")
    func bareModel() throws {
        let bare = HandComputedTests.flat
        let (first, second) = try Self.explainTwice(bare)
        #expect(first == second)
        #expect(!first.contains("show"))
        #expect(!first.contains("fulfilment"))
    }
}

extension ExplanationTests {
    @Test("Several named shows survive explain → load → explain")
    func severalShows() throws {
        let (first, second) = try Self.explainTwice(ShowAudienceTests.twoShows)
        #expect(first == second)
        #expect(first.contains("shows:"))
    }
}
