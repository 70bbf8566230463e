import Foundation
import ModelSpec
@testable import QueueingNetwork
import SimulationKernel
import Testing

@Suite("Inputs that take no time")
struct ZeroTimeTests {
    static func load(_ text: String) throws -> NetworkSpec {
        try NetworkSpec(from: SpecDocument.parse(data: Data(text.utf8), file: "m.yaml"))
    }

    /// Arrivals whose mean gap is zero or below the floor once allocated until
    /// the machine died; each is refused where it is written.
    @Test("Arrivals that take no time are refused at their line and column", arguments: [
        "{dist: deterministic, value: 0}", "{dist: empirical, values: [0, 0]}", "{dist: uniform, min: 0, max: 1e-300}",
        "{dist: exponential, rate: 1e308}", "{dist: exponential, mean: 1e-9}", "{dist: empirical, values: [0, 1e-7], weights: [1, 1]}",
        "{rates: [1, 1e308], every: 10}", "{rates: [2e6], every: 1, repeat: true}",
    ])
    func zeroTimeArrivals(_ arrivals: String) throws {
        do {
            _ = try Self.load("""
                kind: queueing-network
                stations:
                  - name: a
                    arrivals: \(arrivals)
                    service: {dist: exponential, mean: 1}
                    servers: 1
                """)
            Issue.record("accepted \(arrivals)")
        } catch let error as LocatedError {
            #expect(error.line == 4 && (error.column ?? 0) >= 15, "\(error)")
            #expect(error.message.contains("floor") || error.message.contains("ceiling"), "\(error)")
        }
    }

    @Test("Arrivals at the floor and sparse profiles load")
    func atTheFloor() throws {
        for arrivals in ["{dist: exponential, mean: 1e-6}", "{dist: empirical, values: [0, 10]}", "{rates: [0, 5, 0], every: 10}"] {
            _ = try Self.load("""
                kind: queueing-network
                stations:
                  - {name: a, arrivals: \(arrivals), service: {dist: exponential, mean: 1}, servers: 1}
                """)
        }
    }

    /// `service: {dist: deterministic, value: 0}` with routing back hung for ever at one instant.
    @Test("A routing loop through stations whose service takes no time is refused")
    func zeroTimeLoop() throws {
        do {
            _ = try Self.load("""
                kind: queueing-network
                stations:
                  - {name: a, arrivals: {dist: exponential, mean: 1}, service: {dist: exponential, mean: 1}, servers: 1, routing: {b: 0.5}}
                  - {name: b, service: {dist: deterministic, value: 0}, servers: 1, routing: {c: 1}}
                  - {name: c, service: {dist: empirical, values: [0]}, servers: 1, routing: {b: 0.1}}
                """)
            Issue.record("a zero-time loop was accepted")
        } catch let error as LocatedError {
            #expect(error.line == 4 && error.message.contains("b → c → b"), "\(error)")
        }
        // The same loop with service that takes time loads (it is a closed loop, not a stopped clock).
        _ = try Self.load("""
            kind: queueing-network
            stations:
              - {name: a, arrivals: {dist: exponential, mean: 1}, service: {dist: exponential, mean: 1}, servers: 1, routing: {a: 1}}
            """)
    }

    /// Were a zero-time loop to get past the loader, the engine stops the run
    /// and the observations name the station.
    @Test("A run whose clock stands still ends with the station named")
    func stoppedClockNamesStation() throws {
        var spec = try Self.load("""
            kind: queueing-network
            stations:
              - {name: triage, arrivals: {dist: exponential, mean: 1}, service: {dist: exponential, mean: 1}, servers: 1, routing: {triage: 1}}
            """)
        spec.stations[0].service = try .deterministic(0)
        let o = NetworkSimulation.run(spec: spec, seeds: StreamSeeds(seed: 1, replication: 0), horizon: 100, warmup: 0)
        let stop = try #require(o.clockStop)
        #expect(stop.process.contains("'triage'"), "\(stop)")
        #expect(stop.events >= EventCalendar<NetworkEvent>.eventsAtOneInstantLimit - 1)
        #expect(stop.description.contains("clock stopped"))
    }
}
