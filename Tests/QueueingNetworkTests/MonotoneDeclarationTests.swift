import Foundation
import ModelKit
import ModelSpec
import QueueingNetwork
import SimulationKernel
import Testing

/// Every monotone response the network's catalogue declares holds in the
/// simulation: over 10 replications with common random numbers, the mean of
/// each declared metric moves the declared way as the input grows. Goal seek
/// bisects on these declarations, so a wrong one would give a wrong answer.
@Suite("The network's monotone declarations hold")
struct MonotoneDeclarationTests {
    static func model(servers: Int = 10, capacity: Int = 25, target: Double = 0.5) -> String {
        """
        kind: queueing-network
        stations:
          - name: desk
            arrivals: {dist: exponential, rate: 9}
            service: {dist: exponential, mean: 1}
            patience: {dist: exponential, mean: 3}
            capacity: \(capacity)
            service-level-target: \(target)
            servers: \(servers)
        """
    }

    /// Mean of each metric over replications 0..<10 of `yaml`.
    static func means(_ yaml: String) throws -> (NetworkSpec, [String: Double]) {
        let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "m.yaml"))
        var sums: [String: Double] = [:]
        for r in 0..<10 {
            let o = spec.replicate(seeds: StreamSeeds(seed: 21, replication: r), settings: RunSettings(horizon: 2000, warmup: 200))
            for m in o.metrics { sums[m.name, default: 0] += m.value / 10 }
        }
        return (spec, sums)
    }

    @Test("Declared metrics move the declared way in servers, capacity and the service-level target")
    func declarations() throws {
        let inputs: [(key: String, values: [Int], model: (Int) -> String)] = [
            ("servers", [8, 9, 10, 11, 13], { Self.model(servers: $0) }),
            ("capacity", [12, 16, 20, 30], { Self.model(capacity: $0) }),
            ("service-level-target", [0, 1, 2, 4], { Self.model(target: Double($0) / 4) }),
        ]
        var checked = 0
        for input in inputs {
            let runs = try input.values.map { try Self.means(input.model($0)) }
            let catalogue = runs[0].0.metricCatalogue
            for definition in catalogue.metrics {
                guard let direction = definition.direction(in: "stations[desk].\(input.key)") else { continue }
                #expect(definition.direction(in: "stations[0].\(input.key)") == direction, "by position too")
                let values = runs.map { $0.1[definition.name]! }
                for (a, b) in zip(values, values.dropFirst()) {
                    let ok = direction == .increasing ? b >= a - 1e-12 : b <= a + 1e-12
                    #expect(ok, "\(definition.name) should be \(direction) in \(input.key): \(values)")
                }
                checked += 1
            }
        }
        #expect(checked == 10, "every declaration is checked")
    }
}
