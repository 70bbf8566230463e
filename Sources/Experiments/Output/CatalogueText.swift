import Foundation
import SimulationKernel

/// A metric catalogue as `runway metrics` prints it: a terminal table,
/// JSON, or the Markdown table the README carries (by family, so a test can
/// hold the README to the code).
public enum CatalogueText {
    /// One row per metric: name, unit, range, kind, definition; headline metrics marked `*`.
    public static func table(_ catalogue: MetricCatalogue) -> String {
        var rows = [["metric", "unit", "range", "kind", "definition"]]
        for m in catalogue.metrics {
            rows.append([(m.isHeadline ? "* " : "  ") + m.name, m.unit.rawValue, m.range.description, m.kind.rawValue, m.definition])
        }
        var text = aligned(rows)
        if !catalogue.series.isEmpty {
            var series = [["time series", "unit", "kind", "definition"]]
            for s in catalogue.series { series.append(["  " + s.name, s.unit.rawValue, s.kind.rawValue, s.definition]) }
            text += "\n" + aligned(series)
        }
        for b in catalogue.breakdowns {
            var columns = [["breakdown \(b.name).csv (\(b.rows.count) rows by \(b.keyColumns.joined(separator: ", ")))", "unit", "kind", "definition"]]
            for c in b.columns { columns.append(["  " + c.name, c.unit.rawValue, c.kind.rawValue, c.definition]) }
            text += "\n" + aligned(columns)
        }
        return text + "\n* headline metrics: shown when an experiment lists no outputs.table\n"
    }

    /// `{"metrics": [{name, family, unit, range, lower, upper, kind, definition, headline, monotone}], "series": […]}`;
    /// `monotone` lists the inputs the metric is declared monotone in, `{"path", "direction"}`.
    public static func json(_ catalogue: MetricCatalogue) -> String {
        jsonObject(catalogue, indent: 0) + "\n"
    }

    /// The catalogue as a JSON object at `indent` (also `summary.json`'s `catalogue`).
    static func jsonObject(_ catalogue: MetricCatalogue, indent: Int) -> String {
        var fields = [
            ("metrics", JSONText.array(catalogue.metrics.map(entry), indent: indent + 1)),
            ("series", JSONText.array(catalogue.series.map(entry), indent: indent + 1)),
        ]
        if !catalogue.breakdowns.isEmpty {
            fields.append(("breakdowns", JSONText.array(catalogue.breakdowns.map { b in
                JSONText.inlineObject([("name", JSONText.string(b.name)), ("definition", JSONText.string(b.definition)),
                                       ("keys", "[" + b.keyColumns.map(JSONText.string).joined(separator: ", ") + "]"),
                                       ("rows", String(b.rows.count)),
                                       ("columns", "[" + b.columns.map(entry).joined(separator: ", ") + "]")])
            }, indent: indent + 1)))
        }
        return JSONText.object(fields, indent: indent)
    }

    /// One metric on a line: `range` as the tables write it, and `lower` and
    /// `upper` as numbers (`null`: unbounded).
    static func entry(_ m: MetricDefinition) -> String {
        JSONText.inlineObject([
            ("name", JSONText.string(m.name)), ("family", JSONText.string(m.family)),
            ("unit", JSONText.string(m.unit.rawValue)), ("range", JSONText.string(m.range.description)),
            ("lower", JSONText.number(m.range.lower)), ("upper", JSONText.number(m.range.upper)),
            ("kind", JSONText.string(m.kind.rawValue)), ("definition", JSONText.string(m.definition)),
            ("headline", m.isHeadline ? "true" : "false"),
            ("monotone", "[" + m.monotone.map { r in
                JSONText.inlineObject([("path", JSONText.string(r.path)), ("direction", JSONText.string(r.direction.rawValue))])
            }.joined(separator: ", ") + "]"),
        ])
    }

    /// A Markdown table with one row per family (`<station>.wait_mean`), then one for the series.
    public static func markdown(_ catalogue: MetricCatalogue) -> String {
        func rows(_ definitions: [MetricDefinition]) -> [String] {
            var seen = Set<String>()
            return definitions.compactMap { m in
                guard seen.insert(m.family).inserted else { return nil }
                let definition = m.definition.replacingOccurrences(of: "|", with: "\\|")
                return "| `\(m.family)` | \(m.unit.rawValue) | \(m.range) | \(m.kind.rawValue) | \(definition) |"
            }
        }
        var lines = ["| metric | unit | range | kind | definition |", "|---|---|---|---|---|"] + rows(catalogue.metrics)
        if !catalogue.series.isEmpty {
            lines += ["", "| time series | unit | range | kind | definition |", "|---|---|---|---|---|"] + rows(catalogue.series)
        }
        for b in catalogue.breakdowns {
            lines += ["", "| `\(b.name).csv` column (a row per \(b.keyColumns.joined(separator: ", "))) | unit | range | kind | definition |",
                      "|---|---|---|---|---|"] + rows(b.columns)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func aligned(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
