import Foundation
import ModelSpec
import Report

/// One axis of a sweep: one or more paths whose values move together.
public struct SweepAxis: Sendable {
    /// The model paths the axis sets, in file order (one, or several in a `zip`).
    public let paths: [SpecPath]
    /// Where each path was written (its key), for errors; parallel to `paths`.
    public let origins: [SpecNode]
    /// values[point][path]
    public let values: [[SpecNode]]
    /// labels[point]: the planner's `label:` for the point, if one was given.
    public let labels: [String?]

    /// The short name of point `p` in tables, legends and progress lines:
    /// its `label:`, else the last path segment and the value (`servers=12`);
    /// a value too long to read at a glance (a shift list), or holding a
    /// character that would break the line, is named by its position instead
    /// (`shifts #2`). Paths of a zip ending alike are named once.
    public func label(of p: Int) -> String {
        if let given = labels[p] { return given }
        var pieces: [String] = []
        for (path, value) in zip(paths, values[p]) {
            let shown = ExperimentLoader.display(value)
            let name = SweepLabel.short(path.description)
            let readable = shown.count <= Self.longestShownValue && !shown.contains("[") && !shown.contains("{")
                && TextSafety.firstUnsafe(in: shown) == nil
            let piece = readable ? name + "=" + shown : name + " #\(p + 1)"
            if !pieces.contains(piece) { pieces.append(piece) }
        }
        return pieces.joined(separator: ", ")
    }

    /// Values longer than this (in characters) are named by position in default labels.
    static let longestShownValue = 16

    /// `sweep:` — each `path: [values]` is an axis of the grid; `zip:` holds
    /// paths whose equally long lists move together, as one axis. A value may
    /// be written `{value: V, label: NAME}`, and a zip may hold `label: [NAME, …]`,
    /// one per entry, to name the points in tables and charts.
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
                var origins: [SpecNode] = []
                var lists: [[SpecNode]] = []
                var labelNode: SpecNode?
                var labelKey: SpecNode?
                for (k, v) in zipped {
                    if k.scalar == "label" {
                        labelNode = v
                        labelKey = k
                        continue
                    }
                    paths.append(try SpecPath(try k.string(), at: k))
                    origins.append(k)
                    lists.append(try sweepValues(v, labelled: false).map(\.value))
                }
                guard let n = lists.first?.count else {
                    throw value.error("'zip' needs model paths with lists of values besides 'label'")
                }
                for (i, list) in lists.enumerated() where list.count != n {
                    throw origins[i].error("zip lists must have equal length: \(list.count) values here, \(n) in the first")
                }
                var labels = [String?](repeating: nil, count: n)
                if let labelNode, let labelKey {
                    let names = try labelNode.list("a list of labels, one per zip entry")
                    guard names.count == n else {
                        throw labelKey.error("'label' gives \(names.count) labels for \(n) zip entries; give one per entry")
                    }
                    labels = try names.map { try label($0) }
                }
                let points = (0..<n).map { p in lists.map { $0[p] } }
                try refuseDuplicates(points)
                try refuseDuplicateLabels(labels, at: labelNode.map { try $0.list() } ?? [])
                axes.append(SweepAxis(paths: paths, origins: origins, values: points, labels: labels))
            } else {
                let path = try SpecPath(try key.string(), at: key)
                let items = try sweepValues(value, labelled: true)
                let points = items.map { [$0.value] }
                try refuseDuplicates(points)
                try refuseDuplicateLabels(items.map(\.label), at: items.map(\.labelNode))
                axes.append(SweepAxis(paths: [path], origins: [key], values: points, labels: items.map(\.label)))
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

    /// Refuses a label given to two points of an axis (it would name two points alike).
    private static func refuseDuplicateLabels(_ labels: [String?], at nodes: [SpecNode]) throws {
        var seen: Set<String> = []
        for (i, label) in labels.enumerated() {
            guard let label else { continue }
            if !seen.insert(label).inserted {
                let place = i < nodes.count ? nodes[i] : nil
                let message = "the label '\(label)' names two points of this sweep axis; give each its own"
                throw place?.error(message) ?? LocatedError(message)
            }
        }
    }

    /// A sweep value as written: the value, its label if any, and where the label was written.
    private struct Item {
        var value: SpecNode
        var label: String?
        var labelNode: SpecNode
    }

    /// The values of an axis; with `labelled`, an item `{value: V, label: NAME}` is V named NAME.
    private static func sweepValues(_ node: SpecNode, labelled: Bool) throws -> [Item] {
        let items = try node.list("a list of values to sweep")
        guard !items.isEmpty else { throw node.error("an empty sweep list gives no runs") }
        return try items.map { item in
            guard case .mapping = item.value, let labelNode = item["label"] else {
                return Item(value: item, label: nil, labelNode: item)
            }
            guard labelled else {
                throw labelNode.error("in a zip, name the entries with a list beside the paths: label: [NAME, …]")
            }
            var m = try item.mapping("a labelled sweep value {value: …, label: NAME}")
            let value = try m.required("value")
            let name = try label(try m.required("label"))
            try m.finish()
            return Item(value: value, label: name, labelNode: labelNode)
        }
    }

    /// A point's label: a non-empty single line, without control or bidirectional-text characters.
    private static func label(_ node: SpecNode) throws -> String {
        let text = try node.text("a label (text)")
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { throw node.error("a label is a short name on one line") }
        try node.requireDisplayable(trimmed, what: "a label")
        return trimmed
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

    /// The labels of the cartesian product's points, in the order of `points(of:)`:
    /// each axis's label joined by `, ` (empty without a sweep).
    static func labels(of axes: [SweepAxis]) -> [String] {
        var labels: [[String]] = [[]]
        for axis in axes {
            labels = labels.flatMap { prefix in axis.values.indices.map { prefix + [axis.label(of: $0)] } }
        }
        return labels.map { $0.joined(separator: ", ") }
    }
}
