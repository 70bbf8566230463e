import Experiments
import Foundation
import ModelSpec
import SimulationKernel
import Testing

/// One way to say when: show starts, outages and dated shift changes take a
/// duration after the run's start or an ISO-8601 date; shift starts are times
/// of day; shift plans take dated changes and their items can be named.
@Suite("Luxury channel: moments, dated shift plans and named shifts")
struct MomentsAndShiftPlanTests {
    static let start = "start: 2017-08-07T08:00:00+08:00\n"

    /// Every metric of every replication of variant `v`, in catalogue order.
    static func everything(_ r: ExperimentResults, variant v: Int) -> [[Double]] {
        r.summaries(variant: v).map(\.values)
    }

    /// The run starts at 08:00 (+08:00), so 8 h after the start is 16:00 and
    /// 10–12 h after it is 18:00–20:00 on the 7th: written either way, the
    /// same show and the same outage give the same run, number for number.
    @Test("A date and the duration after the start it stands for give identical runs")
    func datesEqualDurations() throws {
        let dated = smallChannel
            .replacingOccurrences(of: "show:\n  start: 8h", with: "show:\n  start: 2017-08-07T16:00:00+08:00")
            .replacingOccurrences(of: "outages: [{from: 10h, to: 12h}]",
                                  with: "outages: [{from: 2017-08-07T18:00:00+08:00, to: '2017-08-07T12:00:00Z'}]")
        #expect(dated != smallChannel)
        let body = "name: when\nhorizon: 1d\nreplications: 3\nseed: 4\n" + Self.start
        let durations = try results(experiment(model: smallChannel, body: body))
        let dates = try results(experiment(model: dated, body: body))
        #expect(Self.everything(durations, variant: 0).map { $0.map { $0.isNaN ? -1 : $0 } }
                == Self.everything(dates, variant: 0).map { $0.map { $0.isNaN ? -1 : $0 } })
    }

    @Test("A date without the experiment's start is refused where the model writes it")
    func dateNeedsStart() throws {
        let dated = smallChannel.replacingOccurrences(of: "outages: [{from: 10h, to: 12h}]",
                                                      with: "outages: [{from: 2017-08-07T18:00:00+08:00, to: 12h}]")
        let path = experiment(model: dated, body: "name: when\nhorizon: 1d\nreplications: 1\n")
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("a dated outage was accepted without a start")
        } catch let error as SpecError {
            #expect(error.message.contains("needs the experiment's `start`"))
            #expect(error.file?.hasSuffix("m.yaml") == true, "\(error)")
        }
    }

    /// A dated change that sets both warehouses' pickers and packers to 0
    /// from 10 h to 12 h is the east outage of the small channel written as
    /// a shift plan (and the same closure for south): identical runs.
    @Test("A dated change of a shift plan acts like an outage over the same period")
    func datedChangeIsAnOutage() throws {
        let outages = smallChannel.replacingOccurrences(
            of: "pack: {rate: 30/h, shifts: [{from: 0h, workers: 4}]}",
            with: "pack: {rate: 30/h, shifts: [{from: 0h, workers: 4}]}\n      outages: [{from: 10h, to: 12h}]")
        let dated = outages
            .replacingOccurrences(of: "shifts: [{from: 0h, workers: 2}, {from: 14h, workers: 4}]}",
                                  with: "shifts: {shifts: [{from: 0h, workers: 2}, {from: 14h, workers: 4}], dated: [{from: 10h, to: 12h, workers: 0}]}}")
            .replacingOccurrences(of: "shifts: [{from: 0h, workers: 4}, {from: 14h, workers: 8}]}",
                                  with: "shifts: {shifts: [{from: 0h, workers: 4}, {from: 14h, workers: 8}], dated: [{from: 2017-08-07T18:00:00+08:00, to: 2017-08-07T20:00:00+08:00, workers: 0}]}}")
            .replacingOccurrences(of: "pick: {rate: 60/h, shifts: [{from: 0h, workers: 2}]}",
                                  with: "pick: {rate: 60/h, shifts: {shifts: [{from: 0h, workers: 2}], dated: [{from: 10h, to: 12h, workers: 0}]}}")
            .replacingOccurrences(of: "pack: {rate: 30/h, shifts: [{from: 0h, workers: 4}]}",
                                  with: "pack: {rate: 30/h, shifts: {shifts: [{from: 0h, workers: 4}], dated: [{from: 10h, to: 12h, workers: 0}]}}")
            .replacingOccurrences(of: "outages: [{from: 10h, to: 12h}]", with: "outages: []")
        #expect(!dated.contains("{from: 10h, to: 12h}]"))
        let body = "name: dated\nhorizon: 1d\nrun-off: 2d\nreplications: 3\nseed: 8\n" + Self.start
        let a = try results(experiment(model: outages, body: body))
        let b = try results(experiment(model: dated, body: body))
        #expect(Self.everything(a, variant: 0).map { $0.map { $0.isNaN ? -1 : $0 } }
                == Self.everything(b, variant: 0).map { $0.map { $0.isNaN ? -1 : $0 } })
    }

    /// No agent over the whole run (a dated change to 0 agents) and 30 days
    /// of patience: nobody is answered, whatever the daily plan says.
    @Test("care.agents takes a daily plan with dated changes")
    func careDatedAgents() throws {
        let model = smallChannel
            .replacingOccurrences(of: "agents: [{from: 0h, agents: 1}, {from: 8h, agents: 2}]",
                                  with: "agents: {shifts: [{from: 0h, agents: 1}, {from: 8h, agents: 2}], dated: [{from: 0h, to: 30d, agents: 0}]}")
            .replacingOccurrences(of: "patience: {dist: exponential, mean: 60s}", with: "patience: {dist: deterministic, value: 30d}")
        let r = try results(experiment(model: model, body: "name: nobody\nhorizon: 1d\nreplications: 2\n"))
        #expect(r.values("care.contacts").allSatisfy { $0 > 0 })
        #expect(r.values("care.answered").allSatisfy { $0 == 0 })
    }

    /// Named shifts: an override picks the evening shift by its name, and
    /// giving it many more agents raises the service level in every
    /// replication (common random numbers: the same contacts).
    @Test("Shift items can be named and overridden by name")
    func namedShifts() throws {
        let model = smallChannel.replacingOccurrences(
            of: "agents: [{from: 0h, agents: 1}, {from: 8h, agents: 2}]",
            with: "agents: [{name: night, from: 0h, agents: 1}, {name: day, from: 8h, agents: 2}]")
        let r = try results(experiment(model: model, body: """
            name: named
            horizon: 1d
            replications: 3
            scenarios:
              - name: plan
              - name: more by day
                overrides:
                  care.agents[day].agents: 40
            """))
        for (plan, more) in zip(r.values("care.service_level", variant: 0), r.values("care.service_level", variant: 1)) {
            #expect(more >= plan)
        }
        #expect(r.values("care.service_level", variant: 1).reduce(0, +) > r.values("care.service_level", variant: 0).reduce(0, +))
    }

    @Test("Picking an unnamed shift by name says that the shifts have no names")
    func unnamedShifts() throws {
        let path = experiment(model: smallChannel, body: """
            name: unnamed
            horizon: 1d
            replications: 1
            scenarios:
              - name: a
                overrides:
                  care.agents[evening].agents: 4
            """)
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("an override of an unnamed shift was accepted")
        } catch let error as SpecError {
            #expect(error.message.contains("have no names"), "\(error.message)")
            #expect(error.message.contains("name: evening"))
        }
    }

    @Test("A shift starting at 24h or later is refused: shift starts are times of day")
    func shiftsAreTimesOfDay() throws {
        let model = smallChannel.replacingOccurrences(of: "{from: 8h, agents: 2}", with: "{from: 26h, agents: 2}")
        #expect(throws: SpecError.self) {
            _ = try LuxuryCatalogueTests.spec(model)
        }
    }
}

extension MomentsAndShiftPlanTests {
    /// Dates, dated shift plans, named shifts and every new section survive
    /// `explain` → load → `explain` (dates are written in UTC).
    @Test("A model with dates, dated plans and named shifts explains to a model that loads back the same")
    func explainRoundTrip() throws {
        let model = smallChannel
            .replacingOccurrences(of: "show:\n  start: 8h", with: "show:\n  start: 2017-08-07T16:00:00+08:00")
            .replacingOccurrences(of: "agents: [{from: 0h, agents: 1}, {from: 8h, agents: 2}]",
                                  with: "agents: {shifts: [{name: night, from: 0h, agents: 1}, {name: day, from: 8h, agents: 2}], dated: [{from: 2017-08-07T20:00:00+08:00, to: 30h, agents: 6}]}")
        let (first, second) = try ExplanationTests.explainTwice(model)
        #expect(first == second)
        #expect(first.contains("2017-08-07T08:00:00Z"))
        #expect(first.contains("name: night"))
        #expect(first.contains("dated:"))
    }
}
