extension ReportBuilder {
    /// What each metric and series shown means, from the catalogue the
    /// results carry: unit, possible values, kind and definition.
    var definitionsSection: HTMLPage.Section? {
        guard !results.catalogue.isEmpty else { return nil }
        var table = HTMLTable(className: "definitions", caption: nil, header: ["name", "unit", "range", "kind", "definition"],
                              alignments: [.left, .left, .left, .left, .left])
        var shown = Set<String>()
        for metric in headlineMetrics {
            guard let m = results.info(metric), shown.insert(m.family).inserted else { continue }
            table.rows.append([HTMLTable.Cell(m.family), HTMLTable.Cell(unitWord(metric) + (m.unit == "1" || m.unit == "s" ? " (\(m.unit))" : "")),
                               HTMLTable.Cell(m.rangeText), HTMLTable.Cell(m.kind), HTMLTable.Cell(Self.plain(m.definition))])
        }
        var series = HTMLTable(className: "definitions", caption: "Time series", header: ["name", "unit", "range", "kind", "definition"],
                               alignments: [.left, .left, .left, .left, .left])
        let recorded = Set(results.timeseriesSummary.map(\.metric) + results.timeseries.map(\.metric))
        for s in results.seriesCatalogue where recorded.contains(s.name) && shown.insert("series " + s.family).inserted {
            series.rows.append([HTMLTable.Cell(s.family), HTMLTable.Cell(s.unit), HTMLTable.Cell(s.rangeText),
                                HTMLTable.Cell(s.kind), HTMLTable.Cell(Self.plain(s.definition))])
        }
        var blocks: [HTMLPage.Block] = [
            .note("The metrics and series shown above, as the model's catalogue defines them (summary.json holds every one; "
                  + "runway metrics FILE prints them). A range is the values a metric can take; intervals are clipped to it."),
            .table(table),
        ]
        if !series.rows.isEmpty { blocks.append(.table(series)) }
        return HTMLPage.Section(id: "definitions", title: "Definitions", blocks: blocks)
    }

    /// A catalogue definition without its Markdown code marks (`sla` → sla).
    static func plain(_ text: String) -> String { text.replacingOccurrences(of: "`", with: "") }
}
