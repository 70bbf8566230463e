import ModelSpec
import SimulationKernel

/// Staff on a daily shift plan — care agents, a warehouse's pickers or
/// packers — with dated changes that replace the plan over a period (a
/// launch-night plan, an extra hour on the first evening).
///
/// Shift starts are local times of day (`14h` is 14:00 every day); dated
/// changes are moments: a duration after the run's start or an ISO-8601
/// date and time (which needs the experiment's `start`).
public struct ShiftPlan: Sendable {
    /// Staff from each local time of day (seconds after midnight), repeating daily.
    public var shifts: [Schedule<Int>.Piece]
    /// Staff over dated periods, replacing the daily plan there (a later entry wins where they overlap).
    public var dated: [DatedCount]
    /// The shifts' names, where the file gives them (`care.agents[evening].agents` picks one by name).
    public var names: [String?]

    /// A plan of daily `shifts` and `dated` changes.
    public init(shifts: [Schedule<Int>.Piece], dated: [DatedCount] = [], names: [String?]? = nil) {
        self.shifts = shifts
        self.dated = dated
        self.names = names ?? shifts.map { _ in nil }
    }

    /// The most staff the plan ever puts on duty.
    public var peak: Int { max(shifts.map(\.value).max() ?? 0, dated.map(\.count).max() ?? 0) }

    /// Servers on duty over a run on `clock`: staff × `serversPerStaff` (chat
    /// slots per agent), the dated changes, then `closures` (outages: nobody),
    /// which win over everything. Dated moments the clock cannot place were
    /// refused by `check(on:)`.
    public func schedule(clock: LocalClock, serversPerStaff: Int = 1,
                         closures: [Schedule<Int>.Exception] = []) -> Schedule<Int> {
        let pieces = shifts.map { Schedule<Int>.Piece(from: $0.from, value: $0.value * serversPerStaff) }
        let changes = dated.compactMap { $0.exception(on: clock) }.map {
            Schedule<Int>.Exception(from: $0.from, to: $0.to, value: $0.value * serversPerStaff)
        }
        return .daily(pieces, clock: clock, exceptions: changes + closures)
    }

    /// Refuses dated changes written as dates when the experiment has no `start`.
    public func check(on clock: LocalClock) throws {
        for change in dated { try change.check(on: clock) }
    }
}

extension ShiftPlan {
    /// `[{from: 0h, KEY: n}, …]` (a daily plan) or `{shifts: [{from: 0h, KEY: n}, …],
    /// dated: [{from: MOMENT, to: MOMENT, KEY: n}, …]}` (a daily plan with dated
    /// changes), where `key` names the count (`agents`, `workers`).
    init(from node: SpecNode, count key: String) throws {
        var list = node
        if case .mapping = node.value {
            var m = try node.mapping("{shifts: [{from: 0h, \(key): …}], dated: [{from: …, to: …, \(key): …}]}")
            list = try m.required("shifts")
            dated = try m.optional("dated") { try $0.datedShifts(count: key) } ?? []
            try m.finish()
        } else {
            dated = []
        }
        shifts = try list.shiftPieces(count: key, within: LocalClock.day)
        if case .sequence(let items) = list.value { names = items.map { $0["name"]?.scalar } } else { names = [] }
    }

    /// The plan as a model file writes it: a list, or `{shifts, dated}` with dated changes.
    func yaml(key: String) -> YAMLText {
        let list = YAMLText.flowList(zip(shifts, names).map { shift, name in
            (name.map { "{name: \($0), " } ?? "{") + "from: \(NumberText.shortest(shift.from)), \(key): \(shift.value)}"
        })
        guard !dated.isEmpty else { return list }
        return .mapping([
            .init("shifts", list),
            .init("dated", .flowList(dated.map { "{from: \($0.from.text), to: \($0.to.text), \(key): \($0.count)}" }),
                  comment: "from/to: seconds after the start, or dates"),
        ])
    }
}
