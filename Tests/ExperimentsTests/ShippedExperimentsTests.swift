import Experiments
import Foundation
import Testing

/// Every experiment shipped in `experiments/` loads: its model, paths,
/// metric names, goal and staffing sections are all valid.
@Suite("Shipped experiments")
struct ShippedExperimentsTests {
    static let files: [String] = {
        let folder = repositoryRoot + "/experiments"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test("Every experiment in experiments/ loads", arguments: files)
    func loads(_ name: String) throws {
        _ = try ExperimentLoader.plan(path: repositoryRoot + "/experiments/" + name)
    }

    @Test("The planners' questions each have their experiment")
    func questions() throws {
        #expect(Self.files.count >= 10)
        func plan(_ name: String) throws -> RunPlan { try ExperimentLoader.plan(path: repositoryRoot + "/experiments/\(name).yaml") }
        #expect(try plan("smallest-servers").experiment.goal != nil)
        #expect(try plan("packers").experiment.goal != nil)
        #expect(try plan("stock-per-look").experiment.goal != nil)
        #expect(try plan("desk-hourly").experiment.staffing != nil)
        #expect(try plan("care-hourly").experiment.staffing?.pool == "care.agents")
    }
}
