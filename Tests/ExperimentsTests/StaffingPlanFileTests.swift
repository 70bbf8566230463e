@testable import Experiments
import Foundation
import QueueingNetwork
import Testing

/// The staffing plan comes out as an experiment file that extends the
/// staffing experiment, drops its `staffing` section and sets the plan in
/// every scenario: it loads, and its model has the planned servers.
@Suite("Staffing plans as files")
struct StaffingPlanFileTests {
    @Test("staffing-plan.yaml extends the experiment and sets the planned servers in every scenario")
    func planFile() throws {
        let folder = temporaryFolder()
        write("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {rates: [20, 40, 60, 40], every: 1, repeat: true}
                service: {dist: exponential, mean: 0.25}
                servers: 30
            """, to: "m.yaml", in: folder)
        let path = write("""
            name: plan
            model: m.yaml
            horizon: 8
            replications: 20
            seed: 2
            scenarios:
              - name: base
              - name: "busy: 20% more"
                overrides:
                  stations[desk].service: {dist: exponential, mean: 0.3}
            staffing:
              pool: stations[desk]
              interval: 1
              target: {delayed-fraction: 30%}
              range: {min: 1, max: 40}
            """, to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        var run = AnswerRun(plan: plan, folder: folder + "/results/plan")
        run.experimentFile = path
        guard case .staffing(let answer) = try run.execute(stop: StopRequest()) else { Issue.record("no answer"); return }
        #expect(answer.meetsTarget)
        let staffed = try ExperimentLoader.plan(path: folder + "/results/plan/staffing-plan.yaml")
        #expect(staffed.experiment.staffing == nil)
        #expect(staffed.experiment.scenarios.map(\.name) == ["base", "busy: 20% more"])
        for (s, outcome) in answer.outcomes.enumerated() {
            let network = try #require(staffed.variants[s].model as? NetworkSpec)
            let servers = (0..<8).map { network.stations[0].servers.value(at: Double($0) + 0.5) }
            #expect(servers == outcome.plan.staff, "scenario \(s)")
            // More work per customer, more staff in the busiest interval.
        }
        #expect(answer.outcomes[1].plan.staff[2] > answer.outcomes[0].plan.staff[2])
        let csv = try String(contentsOfFile: folder + "/results/plan/staffing.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1 + 2 * 8)
    }
}
