extension ReportBuilder {
    /// For each sweep axis (swept columns that move together, as a `zip:`
    /// does, form one) and headline metric: the metric against the axis, one
    /// line per scenario (and per point of the other axes), with 95% interval
    /// bars and any target lines. Numbers on a numeric axis; otherwise the
    /// points' labels, evenly spaced.
    var sweepSection: HTMLPage.Section? {
        guard !results.sweepColumns.isEmpty else { return nil }
        var blocks: [HTMLPage.Block] = [.note("Each point is a mean over replications with its 95% confidence interval as a bar; "
                                              + "lines join a scenario's sweep points. Metrics: \(headlineChoice).")]
        let byMetric = Dictionary(grouped(results.summary, by: \.metric), uniquingKeysWith: { a, _ in a })
        let axes = sweepAxes
        for axis in axes {
            // The axis's points, in file order, by their values in its columns.
            var seen = Set<[String]>()
            let points = results.variants.map { v in axis.map { v.sweep.count > $0 ? v.sweep[$0] : "" } }.filter { seen.insert($0).inserted }
            let numbers = axis.count == 1 ? points.compactMap { Double($0[0]) } : []
            let numeric = numbers.count == points.count
            let names = points.map { axisLabel($0, axis: axis, single: axes.count == 1) }
            let xAxis: SweepChart.XAxis = numeric ? .numeric(.plain("")) : .categories(names)
            let title = axisTitle(axis)
            if axes.count > 1 { blocks.append(.subheading("Against \(title)")) }
            for metric in headlineMetrics {
                guard let rows = byMetric[metric] else { continue }
                // A line per scenario and point of the other axes.
                let others = results.sweepColumns.indices.filter { !axis.contains($0) }
                let lines = grouped(rows) { r in [r.variant.scenario] + others.map { r.variant.sweep.count > $0 ? r.variant.sweep[$0] : "" } }
                    .map { key, members -> SweepChart.Line in
                        let otherText = zip(others, key.dropFirst()).map { SweepLabel.short(results.sweepColumns[$0]) + "=" + $1 }
                        let name = ([key[0]] + otherText).joined(separator: " · ")
                        let linePoints = members.compactMap { r -> SweepChart.Point? in
                            let values = axis.map { r.variant.sweep.count > $0 ? r.variant.sweep[$0] : "" }
                            guard let index = points.firstIndex(of: values) else { return nil }
                            let x = numeric ? numbers[index] : Double(index)
                            return SweepChart.Point(x: x, mean: r.mean, low: r.low, high: r.high)
                        }.sorted { $0.x < $1.x }
                        return SweepChart.Line(name: name, points: linePoints)
                    }
                let chart = SweepChart(title: "\(metric) against \(title)", xTitle: title, xAxis: xAxis, unit: unit(metric),
                                       lines: lines, targets: context.targets[metric] ?? [],
                                       intervalLabel: "bars: 95% confidence interval")
                blocks.append(.figure(chart.svg, caption: "\(metric) (\(unitWord(metric))) against \(title)."))
            }
        }
        return HTMLPage.Section(id: "sweeps", title: "Sweeps", blocks: blocks)
    }

    /// Swept columns grouped into axes: columns whose values determine each
    /// other over the sweep points (a `zip:`) form one axis.
    var sweepAxes: [[Int]] {
        var seen = Set<[String]>()
        let points = results.variants.map(\.sweep).filter { seen.insert($0).inserted }
        func together(_ a: Int, _ b: Int) -> Bool {
            var ab: [String: String] = [:], ba: [String: String] = [:]
            for p in points where p.count > max(a, b) {
                if let x = ab[p[a]], x != p[b] { return false }
                if let y = ba[p[b]], y != p[a] { return false }
                ab[p[a]] = p[b]
                ba[p[b]] = p[a]
            }
            return ab.count > 1 || points.count == 1
        }
        var axes: [[Int]] = []
        for c in results.sweepColumns.indices {
            if let i = axes.firstIndex(where: { together($0[0], c) }) { axes[i].append(c) } else { axes.append([c]) }
        }
        return axes
    }

    /// `servers`, or for a zip `shifts (4 paths moving together)`.
    func axisTitle(_ axis: [Int]) -> String {
        let names = axis.map { results.sweepColumns[$0] }
        if names.count == 1 { return names[0] }
        var shorts: [String] = []
        for n in names.map(SweepLabel.short) where !shorts.contains(n) { shorts.append(n) }
        return shorts.joined(separator: ", ") + " (\(names.count) paths moving together)"
    }

    /// A point's name on a category axis: its label when the sweep has one axis,
    /// else its values, each cut to 16 characters.
    func axisLabel(_ values: [String], axis: [Int], single: Bool) -> String {
        if single, let v = results.variants.first(where: { v in axis.enumerated().allSatisfy { v.sweep.count > $1 && v.sweep[$1] == values[$0] } }) {
            return results.label(sweep: v.sweep)
        }
        return values.map { $0.count > 16 ? String($0.prefix(15)) + "…" : $0 }.joined(separator: ", ")
    }

    /// A metric's unit as a planner names it: `share` for `1`, `time` for `s`, `per second` for `per_s`.
    func unitWord(_ metric: String) -> String {
        Self.unitWord(unit: results.units[metric] ?? "")
    }

    /// A unit as a planner names it: `share` for `1`, `time` for `s`, `per second` for `per_s`.
    static func unitWord(unit: String) -> String {
        switch unit {
        case "1": return "share"
        case "s": return "time"
        case "per_s": return "per second"
        case let other: return other
        }
    }
}
