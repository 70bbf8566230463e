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
}
