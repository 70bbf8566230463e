import ModelKit
import ModelSpec

/// Staff per interval for one pool, from the run's start; written in the
/// model's own syntax for the pool (`StaffingPool.Syntax`), consecutive equal
/// intervals merged.
public struct StaffingPlan: Sendable, Equatable, Hashable {
    /// Staff in each interval, in order.
    public var staff: [Int]
    /// Interval length, in seconds.
    public let interval: Double

    /// Staff-hours over the plan (the last interval counted to `end`).
    public func staffHours(end: Double) -> Double {
        staff.enumerated().reduce(0) { total, item in
            let length = min(interval, end - Double(item.offset) * interval)
            return total + Double(item.element) * max(0, length) / 3600
        }
    }

    /// Runs of equal staff: (start in seconds, end in seconds, staff).
    var pieces: [(from: Double, to: Double, staff: Int)] {
        var result: [(from: Double, to: Double, staff: Int)] = []
        for (j, n) in staff.enumerated() {
            let from = Double(j) * interval
            if let last = result.last, last.staff == n {
                result[result.count - 1].to = from + interval
            } else {
                result.append((from, from + interval, n))
            }
        }
        return result
    }

    /// The plan as a model value for `pool`, located at `location` (for errors).
    func node(for pool: StaffingPool, at location: SourceLocation) -> SpecNode {
        func scalar(_ s: String) -> SpecNode { SpecNode(.scalar(s), at: location) }
        func mapping(_ pairs: [(String, SpecNode)]) -> SpecNode {
            SpecNode(.mapping(pairs.map { (scalar($0.0), $0.1) }), at: location)
        }
        func list(_ items: [SpecNode]) -> SpecNode { SpecNode(.sequence(items), at: location) }
        // Durations from the start (`20h`), which every time field accepts, read better than seconds.
        func time(_ seconds: Double) -> SpecNode { scalar(seconds == 0 ? "0h" : StaffingAnswer.duration(seconds)) }
        switch pool.syntax {
        case .shiftsFromStart:
            return mapping([("shifts", list(pieces.map {
                mapping([("from", time($0.from)), (pool.countKey, scalar(String($0.staff)))])
            }))])
        case .dailyWithDatedChanges:
            let last = staff.last ?? 0
            return mapping([
                ("shifts", list([mapping([("from", scalar("0h")), (pool.countKey, scalar(String(last)))])])),
                ("dated", list(pieces.map {
                    mapping([("from", time($0.from)), ("to", time($0.to)),
                             (pool.countKey, scalar(String($0.staff)))])
                })),
            ])
        }
    }

    /// The plan's YAML, in flow style, as a model file takes it at `pool.path`.
    func text(for pool: StaffingPool) -> String {
        node(for: pool, at: SourceLocation(file: "", line: 1, column: 1)).flowText
    }
}
