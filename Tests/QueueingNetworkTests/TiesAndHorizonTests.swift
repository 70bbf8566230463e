import Experiments
import Foundation
import ModelKit
import ModelSpec
import QueueingNetwork
import SimulationKernel
import Testing

/// One replication of a network written in YAML.
func replicate(_ yaml: String, horizon: Double, warmup: Double = 0) throws -> [String: Double] {
    let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "test.yaml"))
    let o = spec.replicate(seeds: StreamSeeds(seed: 1, replication: 0), settings: RunSettings(horizon: horizon, warmup: warmup))
    #expect(o.matches(spec.metricCatalogue))
    return o.valuesByName
}

@Suite("Simultaneous events and the horizon in a queueing network")
struct TiesAndHorizonTests {
    /// Arrivals at 1, 2, …, 100, each served for exactly 1 by one server with
    /// room for one customer: every arrival meets the instant its
    /// predecessor leaves. Service ends go first, so nobody is blocked, and
    /// 99 are served by the horizon (the last ends at 101).
    @Test("A customer arriving as another leaves is served, not blocked")
    func arrivalMeetsDeparture() throws {
        let m = try replicate("""
            kind: queueing-network
            stations:
              - {name: gate, arrivals: {dist: deterministic, value: 1}, service: {dist: deterministic, value: 1}, servers: 1, capacity: 1}
            """, horizon: 100)
        #expect(m["gate.arrivals"] == 100)
        #expect(m["gate.blocked_fraction"] == 0)
        #expect(m["gate.served"] == 99)
        #expect(m["gate.wait_mean"] == 0)
        #expect(m["gate.in_system_end"] == 1)
    }

    /// Arrivals every 1, service 2, one server: a waiting customer's patience
    /// can run out at the very instant the server frees up. Service ends go
    /// first, so that customer is served, having waited exactly its patience —
    /// the same rule with patience 1 and 3 (by hand: with patience 3 the waits
    /// of the served run 0, 1, 2, 3, 3, 3 …; with patience 1, 0, 1, 1, 1 …).
    @Test("A customer whose patience ends as a server frees up is served", arguments: [1.0, 3.0])
    func patienceMeetsRelease(patience: Double) throws {
        let m = try replicate("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {dist: deterministic, value: 1}
                service: {dist: deterministic, value: 2}
                servers: 1
                patience: {dist: deterministic, value: \(patience)}
            """, horizon: 1000)
        let p95 = try #require(m["desk.wait_p95"])
        #expect(abs(p95 - patience) <= 0.01 * patience, "served customers wait their whole patience: p95 \(p95)")
        #expect(abs(try #require(m["desk.abandoned_fraction"]) - 0.5) < 0.01)
    }

    /// One server on shift from 0 to 10, room for one customer, arrivals at
    /// 1, 2, …: the first is served from 1 to 16, the others are blocked
    /// until it leaves, then wait with nobody on shift. Busy 15, on shift 10,
    /// busy after the shift 6, so the utilisation is 15 / 16 (not 15 / 10).
    @Test("A server finishing after its shift keeps utilisation at most 1")
    func overtime() throws {
        let m = try replicate("""
            kind: queueing-network
            stations:
              - name: desk
                arrivals: {dist: deterministic, value: 1}
                service: {dist: deterministic, value: 15}
                servers: {shifts: [{from: 0, servers: 1}, {from: 10, servers: 0}]}
                capacity: 1
            """, horizon: 20)
        #expect(abs(try #require(m["desk.utilization"]) - 15.0 / 16.0) < 1e-12)
        #expect(m["desk.served"] == 1)
        #expect(m["desk.waiting_end"] == 1)
    }

    /// A jammed station: arrivals at 1, 2, …, 100, the first served for ever.
    /// The one who started waited 0; the 99 still waiting at the horizon have
    /// waited 98, 97, …, 0, mean 49, and are reported, not dropped.
    @Test("Customers still waiting at the horizon are counted with their waits so far")
    func unfinishedAtHorizon() throws {
        let m = try replicate("""
            kind: queueing-network
            stations:
              - {name: jam, arrivals: {dist: deterministic, value: 1}, service: {dist: deterministic, value: 1e300}, servers: 1}
            """, horizon: 100)
        #expect(m["jam.in_system_end"] == 100)
        #expect(m["jam.waiting_end"] == 99)
        #expect(m["jam.wait_so_far_mean"] == 49)
        #expect(m["jam.wait_mean"] == 0)
        #expect(m["jam.served"] == 0)
        #expect(try #require(m["jam.sojourn_mean"]).isNaN)
    }

    @Test("Nothing arrives: shares and means are not numbers")
    func nothingMeasured() throws {
        let m = try replicate("""
            kind: queueing-network
            stations:
              - {name: quiet, arrivals: {dist: deterministic, value: 1000}, service: {dist: exponential, mean: 1}, servers: 2}
            """, horizon: 10)
        for name in ["quiet.blocked_fraction", "quiet.abandoned_fraction", "quiet.wait_mean", "quiet.wait_p95",
                     "quiet.sojourn_mean", "quiet.wait_so_far_mean", "network.sojourn_mean"] {
            #expect(try #require(m[name]).isNaN, "\(name) should be empty")
        }
        #expect(m["quiet.utilization"] == 0)
        #expect(m["quiet.arrivals"] == 0)
    }

    @Test("A station may not take the network's own name", arguments: ["network", "desk.1", "a b", "x*"])
    func reservedNames(name: String) throws {
        #expect(throws: LocatedError.self) {
            _ = try NetworkSpec(from: SpecDocument.parse(data: Data("""
                kind: queueing-network
                stations:
                  - {name: '\(name)', arrivals: {dist: exponential, mean: 1}, service: {dist: exponential, mean: 1}, servers: 1}
                """.utf8), file: "t.yaml"))
        }
    }
}

@Suite("runway explain for queueing networks")
struct NetworkExplanationTests {
    /// explain → load → explain gives the same text: what explain writes is
    /// a valid model with the same meaning, for every network model shipped.
    @Test("Every shipped network model explains to a valid model that explains the same")
    func roundTrip() throws {
        var checked = 0
        for folder in ["models", "models/validation"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/" + folder).sorted()
            where file.hasSuffix(".yaml") {
                let root = try SpecDocument.load(path: repositoryRoot + "/\(folder)/\(file)")
                guard root["kind"]?.scalar == NetworkSpec.name else { continue }
                let first = try NetworkSpec(from: root).explanation()
                let again = try NetworkSpec(from: SpecDocument.parse(data: Data(first.utf8), file: "explained.yaml")).explanation()
                #expect(first == again, "\(file)")
                checked += 1
            }
        }
        #expect(checked >= 8)
        let shifts = try NetworkSpec(from: SpecDocument.parse(data: Data("""
            kind: queueing-network
            stations:
              - {name: a, arrivals: {rates: [1, 2], every: 1h, repeat: true}, service: {dist: empirical, values: [1, 2], weights: [1, 3]},
                 servers: {shifts: [{from: 0h, servers: 2}, {from: 8h, servers: 5}], every: 24h}, capacity: 9,
                 patience: {dist: gamma, mean: 3, cv: 0.5}, routing: {b: 0.25}}
              - {name: b, service: {dist: lognormal, mean: 2, cv: 1.5}, servers: 1}
            """.utf8), file: "t.yaml"))
        let text = shifts.explanation()
        let reread = try NetworkSpec(from: SpecDocument.parse(data: Data(text.utf8), file: "t2.yaml"))
        #expect(reread.explanation() == text)
        #expect(text.contains("capacity: 9") && text.contains("every: 86400"))
    }
}
