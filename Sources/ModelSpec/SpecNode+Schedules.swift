import SimulationKernel

extension SpecNode {
    /// A list of shifts, `[{from: 0h, workers: 4}, {from: 14h, workers: 20}]`,
    /// where `key` names the count (`servers`, `workers`, `agents`): starts in
    /// order, the first at 0 and all below `within` (a period, e.g. a day),
    /// counts whole and ≥ 0. An item may carry a `name` (so an override can
    /// say `shifts[evening].workers`). One reader for every kind.
    public func shiftPieces(count key: String, within period: Double?, what: String = "shifts") throws -> [Schedule<Int>.Piece] {
        let items = try list("a list of shifts {from: …, \(key): …}")
        var pieces: [Schedule<Int>.Piece] = []
        for item in items {
            var m = try item.mapping("a shift {from: …, \(key): …}")
            _ = try m.optional("name") { try $0.string() }
            let from = try m.required("from") { try $0.duration() }
            let n = try m.required(key) { try $0.count(minimum: 0, what: "number of \(key)") }
            try m.finish()
            if let last = pieces.last, from <= last.from { throw item.error("shifts must be listed in order of their start") }
            if let period, from >= period {
                throw item.error(period == LocalClock.day ? "a shift starts at a time of day, below 24h"
                                                          : "a shift starts after the calendar's period")
            }
            pieces.append(Schedule<Int>.Piece(from: from, value: n))
        }
        guard let first = pieces.first else { throw error("\(what) need at least one shift") }
        guard first.from == 0 else { throw error("the first shift must start at 0h") }
        return pieces
    }

    /// Dated changes to a shift plan: `[{from: MOMENT, to: MOMENT, KEY: n}, …]`,
    /// each holding `n` over [from, to), a later entry winning where they
    /// overlap; moments are durations after the start or ISO-8601 instants.
    public func datedShifts(count key: String) throws -> [DatedCount] {
        try list("a list of dated changes {from: …, to: …, \(key): …}").map { item in
            var m = try item.mapping("a dated change {from: …, to: …, \(key): …}")
            _ = try m.optional("name") { try $0.string() }
            let from = try m.required("from") { try $0.moment() }
            let to = try m.required("to") { try $0.moment() }
            let n = try m.required(key) { try $0.count(minimum: 0, what: "number of \(key)") }
            try m.finish()
            if case .afterStart(let a) = from.value, case .afterStart(let b) = to.value, b <= a {
                throw item.error("a dated change must end after it starts")
            }
            if case .instant(let a) = from.value, case .instant(let b) = to.value, b <= a {
                throw item.error("a dated change must end after it starts")
            }
            return DatedCount(from: from, to: to, count: n)
        }
    }
}

/// A count (of servers, workers, agents) that holds over a dated period,
/// overriding a shift plan (a launch-night plan, an extra hour).
public struct DatedCount: Sendable, Equatable {
    /// When the change starts.
    public let from: Moment
    /// When it ends (excluded).
    public let to: Moment
    /// The count that holds in between.
    public let count: Int

    /// The period in simulation time on `clock` (nil for instants without a start).
    public func exception(on clock: LocalClock) -> Schedule<Int>.Exception? {
        guard let a = from.time(on: clock), let b = to.time(on: clock), b > a else { return nil }
        return Schedule<Int>.Exception(from: a, to: b, value: count)
    }

    /// Errors for moments the clock cannot place (instants without a `start`),
    /// or a period that ends before it starts once placed.
    public func check(on clock: LocalClock) throws {
        let a = try from.requireTime(on: clock)
        let b = try to.requireTime(on: clock)
        guard b > a else { throw LocatedError("a dated change must end after it starts", at: to.location) }
    }
}
