import ModelSpec

/// One axis of a sweep: one or more paths whose values move together.
public struct SweepAxis: Sendable {
    public let paths: [SpecPath]
    public let origins: [SpecNode]
    /// values[point][path]
    public let values: [[SpecNode]]

    /// `sweep:` — each `path: [values]` is an axis of the grid; `zip:` holds
    /// paths whose equally long lists move together, as one axis.
    static func axes(from node: SpecNode) throws -> [SweepAxis] {
        guard case .mapping(let pairs) = node.value else {
            throw node.error("expected a mapping of model paths to lists of values (and optionally 'zip')")
        }
        guard !pairs.isEmpty else { throw node.error("'sweep' is empty") }
        var axes: [SweepAxis] = []
        for (key, value) in pairs {
            if key.scalar == "zip" {
                guard case .mapping(let zipped) = value.value, !zipped.isEmpty else {
                    throw value.error("'zip' takes a mapping of model paths to lists of equal length")
                }
                var paths: [SpecPath] = []
                var lists: [[SpecNode]] = []
                for (k, v) in zipped {
                    paths.append(try SpecPath(try k.string(), at: k))
                    lists.append(try sweepValues(v))
                }
                let n = lists[0].count
                for (i, list) in lists.enumerated() where list.count != n {
                    throw zipped[i].value.error("zip lists must have equal length: \(list.count) values here, \(n) in the first")
                }
                let points = (0..<n).map { p in lists.map { $0[p] } }
                try refuseDuplicates(points)
                axes.append(SweepAxis(paths: paths, origins: zipped.map(\.key), values: points))
            } else {
                let path = try SpecPath(try key.string(), at: key)
                let points = try sweepValues(value).map { [$0] }
                try refuseDuplicates(points)
                axes.append(SweepAxis(paths: [path], origins: [key], values: points))
            }
        }
        return axes
    }

    /// Refuses a point of an axis given twice (units normalised: `60` and
    /// `1m` are the same duration), which would give duplicate rows.
    private static func refuseDuplicates(_ points: [[SpecNode]]) throws {
        var seen: [[String]: SpecNode] = [:]
        for point in points {
            let values = point.map { ExperimentLoader.display($0) }
            if let first = seen[values] {
                let shown = values.count == 1 ? values[0] : "(" + values.joined(separator: ", ") + ")"
                throw point[0].error("\(shown) appears twice on this sweep axis (first at line \(first.location.line), "
                                     + "column \(first.location.column)); it would give duplicate rows")
            }
            seen[values] = point[0]
        }
    }

    private static func sweepValues(_ node: SpecNode) throws -> [SpecNode] {
        let items = try node.list("a list of values to sweep")
        guard !items.isEmpty else { throw node.error("an empty sweep list gives no runs") }
        return items
    }

    /// The cartesian product of the axes, as override lists.
    static func points(of axes: [SweepAxis]) -> [[Override]] {
        var points: [[Override]] = [[]]
        for axis in axes {
            points = points.flatMap { prefix in
                axis.values.map { values in
                    prefix + zip(axis.paths, zip(values, axis.origins)).map { Override(path: $0, value: $1.0, origin: $1.1) }
                }
            }
        }
        return points
    }
}
