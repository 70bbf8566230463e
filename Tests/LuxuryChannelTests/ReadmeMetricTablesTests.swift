import Experiments
import Foundation
import LuxuryChannel
import ModelSpec
import QueueingNetwork
import SimulationKernel
import Testing

/// The README's metric tables are the catalogues' Markdown (`runway metrics
/// --markdown`), between `<!-- metrics: KIND -->` and `<!-- /metrics -->`,
/// so the documentation cannot drift from the code.
@Suite("README metric tables")
struct ReadmeMetricTablesTests {
    static func block(_ kind: String) throws -> String {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- metrics: \(kind) -->\n"), "no metrics block for \(kind)")
        let end = try #require(readme[start.upperBound...].range(of: "<!-- /metrics -->"))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test("The luxury-channel table lists exactly the catalogue's metric families")
    func luxury() throws {
        // One show and a schedule of two, so that every family appears.
        let one = try LuxuryCatalogueTests.spec(LuxuryCatalogueTests.variants[0]).metricCatalogue
        let two = try LuxuryCatalogueTests.spec(LuxuryCatalogueTests.variants[2]).metricCatalogue
        let expected = CatalogueText.markdown(one.union(two))
        let actual = try Self.block("luxury-channel")
        #expect(actual == expected, "README block should read:\n\(expected)")
    }

    @Test("The queueing-network table lists exactly the catalogue's metric families")
    func network() throws {
        // A station with a service-level target, so that every family appears.
        let spec = try NetworkSpec(from: SpecDocument.parse(data: Data("""
            kind: queueing-network
            stations:
              - {name: desk, arrivals: {dist: exponential, rate: 8}, service: {dist: exponential, mean: 1}, servers: 10,
                 service-level-target: 20s}
            """.utf8), file: "readme.yaml"))
        let expected = CatalogueText.markdown(spec.metricCatalogue)
        let actual = try Self.block("queueing-network")
        #expect(actual == expected, "README block should read:\n\(expected)")
    }
}
