import Experiments
import Foundation
import Testing

@Suite("Runway's version")
struct RunwayVersionTests {
    @Test("The manifest records the version that --version prints")
    func manifestRecordsVersion() throws {
        let plan = try ExperimentLoader.plan(path: repositoryRoot + "/experiments/ci/help-desk.yaml")
        let manifest = Manifest(commandLine: ["runway"], started: Date(), finished: Date(), events: 0).json(for: plan)
        #expect(manifest.contains("\"runway_version\": \"\(RunwayVersion.current)\""))
    }

    @Test("The version is MAJOR.MINOR.PATCH")
    func semanticVersion() {
        let parts = RunwayVersion.current.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}
