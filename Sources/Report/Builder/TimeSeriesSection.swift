import Foundation

extension ReportBuilder {
    /// One chart per recorded series (metric): per scenario and sweep point,
    /// the mean over replications per bucket with a band computed from the
    /// replications' values; at most eight lines a chart (else one chart per sweep point).
    var timeSeriesSection: HTMLPage.Section? {
        guard !results.timeseries.isEmpty else { return nil }
        let clock = context.clock ?? derivedClock
        var blocks: [HTMLPage.Block] = []
        blocks.append(.note("Each line is the mean over replications of one scenario per time bucket; times are "
                            + (clock == nil ? "elapsed since the start of the run." : "wall-clock times of the experiment's start zone.")
                            + (context.windows.isEmpty ? "" : " Shaded spans: " + context.windows.map(\.label).joined(separator: ", ") + ".")))
        for (metric, rows) in grouped(results.timeseries, by: \.metric) {
            let starts = Array(Set(rows.map(\.bucketStartSeconds).filter(\.isFinite))).sorted()
            let width = zip(starts, starts.dropFirst()).map { $1 - $0 }.min() ?? 0
            let span = (start: starts.first ?? 0, end: (starts.last ?? 0) + width)
            var lines: [(variant: Variant, series: TimeSeriesChart.Series)] = []
            var replications = 0
            for (variant, variantRows) in grouped(rows, by: \.variant) {
                let (series, n) = self.series(variantRows, width: width, unit: unit(metric))
                replications = max(replications, n)
                lines.append((variant, TimeSeriesChart.Series(name: label(variant), points: series)))
            }
            let bandLabel = replications >= 2 ? context.band.legend(replications: replications) : nil
            let u = unit(metric)
            let chunks: [[(variant: Variant, series: TimeSeriesChart.Series)]]
            if lines.count <= Palette.series.count {
                chunks = [lines]
            } else {
                chunks = grouped(lines, by: \.variant.sweep).map { point, members in
                    members.map { ($0.variant, TimeSeriesChart.Series(name: $0.variant.scenario, points: $0.series.points)) }
                }
            }
            for chunk in chunks {
                let point = chunk.first.map { SweepLabel.point(columns: results.sweepColumns, values: $0.variant.sweep) } ?? ""
                let title = metric + (chunks.count > 1 ? " (" + point + ")" : "")
                let chart = TimeSeriesChart(title: title, unit: u, series: chunk.map(\.series), windows: context.windows,
                                            bandLabel: bandLabel, clock: clock, timeSpan: span)
                var caption = "\(title): \(results.units[metric] ?? "") per \(PlannerUnit.seconds.format(width)) bucket, mean over replications"
                if let bandLabel { caption += "; " + bandLabel.replacingOccurrences(of: "band: ", with: "shaded band: ") + ", clipped at the metric's possible values" }
                blocks.append(.figure(chart.svg, caption: caption + "."))
            }
        }
        return HTMLPage.Section(id: "timeseries", title: "Over time", blocks: blocks)
    }

    /// The points of one series: per bucket, the mean and band over the
    /// replication rows, or the `mean` rows alone when the replications are absent.
    /// Bands are clipped to the values the unit can take (no negative queue).
    private func series(_ rows: [TimeseriesRow], width: Double, unit: PlannerUnit) -> ([TimeSeriesChart.Point], Int) {
        let replicationRows = rows.filter { $0.replication != nil }
        let source = replicationRows.isEmpty ? rows : replicationRows
        let n = Set(replicationRows.compactMap(\.replication)).count
        let points = grouped(source, by: \.bucketStartSeconds).map { start, bucket -> TimeSeriesChart.Point in
            let s = context.band.summarise(bucket.map(\.value))
            return TimeSeriesChart.Point(time: start + width / 2, value: s.mean, low: unit.clipped(s.low), high: unit.clipped(s.high))
        }
        return (points.sorted { $0.time < $1.time }, n)
    }

    /// The wall clock from the first stamped bucket (`bucket_start` with its offset).
    var derivedClock: WallClock? {
        guard let row = results.timeseries.first(where: { !$0.bucketStart.isEmpty && $0.bucketStartSeconds.isFinite }),
              let stamp = WallClock(iso8601: row.bucketStart) else { return nil }
        return WallClock(epochSeconds: stamp.epochSeconds - row.bucketStartSeconds, utcOffset: stamp.utcOffset)
    }
}

/// `items` grouped by `key`, groups in order of first appearance, items in order.
func grouped<T, K: Hashable>(_ items: [T], by key: (T) -> K) -> [(K, [T])] {
    var order: [K] = []
    var groups: [K: [T]] = [:]
    for item in items {
        let k = key(item)
        if groups[k] == nil { order.append(k) }
        groups[k, default: []].append(item)
    }
    return order.map { ($0, groups[$0] ?? []) }
}
