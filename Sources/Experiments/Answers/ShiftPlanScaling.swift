import Foundation
import ModelSpec

extension SpecNode {
    /// This count or shift plan with every count multiplied by `factor` and
    /// rounded up: a number (`10`), a list of shifts (`[{from: 0h, workers: 12}, …]`,
    /// every key but `from`, `to` and `name` a count), or a mapping holding such
    /// lists under `shifts` and `dated` (its `every` kept). Errors point at `origin`.
    func scaled(by factor: Double, at origin: SpecNode) throws -> SpecNode {
        switch value {
        case .scalar:
            let n = try count(minimum: 0, what: "count to scale")
            return SpecNode(.scalar(String(Self.scale(n, by: factor))), at: location)
        case .sequence(let items):
            var copy = self
            copy.value = .sequence(try items.map { try $0.scaledShift(by: factor, at: origin) })
            return copy
        case .mapping(let pairs):
            guard self["shifts"] != nil else {
                throw origin.error("scale() takes a count or a shift plan (a list of shifts, or {shifts: …}); found a mapping without 'shifts'")
            }
            var copy = self
            copy.value = .mapping(try pairs.map { key, value in
                ["shifts", "dated"].contains(key.scalar ?? "") ? (key, try value.scaled(by: factor, at: origin)) : (key, value)
            })
            return copy
        }
    }

    /// One shift `{from: 7h, workers: 6}` with its counts scaled.
    private func scaledShift(by factor: Double, at origin: SpecNode) throws -> SpecNode {
        guard case .mapping(let pairs) = value else {
            throw origin.error("scale() takes a list of shifts {from: …, COUNT: n}; found \(kindName) at \(location)")
        }
        var copy = self
        copy.value = .mapping(try pairs.map { key, value in
            guard !["from", "to", "name"].contains(key.scalar ?? "") else { return (key, value) }
            let n = try value.count(minimum: 0, what: "count to scale")
            return (key, SpecNode(.scalar(String(Self.scale(n, by: factor))), at: value.location))
        })
        return copy
    }

    /// ⌈n × factor⌉, with a tolerance for binary fractions (3 × 1.1 is 3.3, not 3.3000000000000003 → 4).
    static func scale(_ n: Int, by factor: Double) -> Int {
        Int((Double(n) * factor - 1e-9).rounded(.up))
    }
}
