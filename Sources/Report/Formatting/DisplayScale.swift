/// How a value is shown for one unit and magnitude: divided by `divisor`, then
/// written between `prefix` and `suffix` (`RMB ` … `M`, … ` h`, … `%`).
struct DisplayScale: Equatable {
    var divisor: Double
    var prefix: String = ""
    var suffix: String = ""
    /// Thousands separators in the integer part (`1,234`).
    var groupsThousands = false
    /// The magnitude (in the base unit) from which the next larger scale takes over, if any.
    var nextFrom: Double?

    /// The scales of `unit`, smallest first; a value uses the last whose lower
    /// bound its magnitude reaches.
    static func ladder(for unit: PlannerUnit) -> [(from: Double, scale: DisplayScale)] {
        func multiples(prefix: String, space: String) -> [(Double, DisplayScale)] {
            [(0, DisplayScale(divisor: 1, prefix: prefix, suffix: "")),
             (1e3, DisplayScale(divisor: 1e3, prefix: prefix, suffix: space + "k")),
             (1e6, DisplayScale(divisor: 1e6, prefix: prefix, suffix: space + "M")),
             (1e9, DisplayScale(divisor: 1e9, prefix: prefix, suffix: space + "B"))]
        }
        let steps: [(Double, DisplayScale)]
        switch unit {
        case .seconds:
            steps = [(0, DisplayScale(divisor: 1e-3, suffix: " ms")),
                     (1, DisplayScale(divisor: 1, suffix: " s")),
                     (60, DisplayScale(divisor: 60, suffix: " min")),
                     (3600, DisplayScale(divisor: 3600, suffix: " h")),
                     (48 * 3600, DisplayScale(divisor: 86400, suffix: " d"))]
        case .fraction:
            steps = [(0, DisplayScale(divisor: 0.01, suffix: "%"))]
        case .count:
            steps = multiples(prefix: "", space: "")
        case .money(let currency):
            steps = multiples(prefix: currency + " ", space: "")
        case .perSecond:
            steps = [(0, DisplayScale(divisor: 1, suffix: "/s", groupsThousands: true))]
        case .plain(let name):
            let suffix = name.isEmpty ? "" : " " + name
            steps = [(0, DisplayScale(divisor: 1, suffix: suffix, groupsThousands: true))]
        }
        return steps.indices.map { i in
            var scale = steps[i].1
            scale.nextFrom = i + 1 < steps.count ? steps[i + 1].0 : nil
            return (steps[i].0, scale)
        }
    }

    /// The scale for values of `magnitude` (in the base unit; not negative).
    static func choose(for unit: PlannerUnit, magnitude: Double) -> DisplayScale {
        let ladder = ladder(for: unit)
        return ladder.last { magnitude >= $0.from }?.scale ?? ladder[0].scale
    }

    /// The next larger scale of `unit` after this one, if any.
    func larger(for unit: PlannerUnit) -> DisplayScale? {
        guard let nextFrom else { return nil }
        return Self.choose(for: unit, magnitude: nextFrom)
    }
}
