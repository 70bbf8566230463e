import Foundation

extension ReportBuilder {
    /// One chart per recorded series (metric): per scenario and sweep point,
    /// the mean over replications per bucket with a band: the 95% interval of
    /// the mean from `timeseries_summary.csv`, or a band computed from the
    /// replications' values (`timeseries.csv`) when the context asks for
    /// another; at most eight lines a chart (else one chart per sweep point).
    var timeSeriesSection: HTMLPage.Section? {
        let fromSummary = context.band == .meanInterval95 && !results.timeseriesSummary.isEmpty
        guard fromSummary || !results.timeseries.isEmpty else { return nil }
        let clock = self.clock ?? derivedClock
        let windows = self.windows
        var blocks: [HTMLPage.Block] = []
        blocks.append(.note("Each line is the mean over replications of one scenario per time bucket; times are "
                            + (clock == nil ? "elapsed since the start of the run." : "wall-clock times of the experiment's start zone.")
                            + (windows.isEmpty ? "" : " Shaded spans: " + windows.map(\.label).joined(separator: ", ") + ".")
                            + runOffNote))
        let metrics: [(String, [Variant: [TimeSeriesChart.Point]], Double, Int)] = fromSummary ? summarySeries() : replicationSeries()
        for (metric, byVariant, width, replications) in metrics {
            let starts = byVariant.values.flatMap { $0.map(\.time) }
            let whole = (start: (starts.min() ?? 0) - width / 2, end: (starts.max() ?? 0) + width / 2)
            let span = (start: whole.start, end: Self.settled(Array(byVariant.values), after: results.manifest?.horizonSeconds ?? 0,
                                                            width: width, end: whole.end))
            let lines = results.variants.compactMap { v in
                byVariant[v].map { (variant: v, series: TimeSeriesChart.Series(name: label(v), points: $0.filter { $0.time <= span.end })) }
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
            let info = results.seriesInfo(metric)
            for chunk in chunks {
                let point = chunk.first.map { results.label(sweep: $0.variant.sweep) } ?? ""
                let title = metric + (chunks.count > 1 ? " (" + point + ")" : "")
                let chart = TimeSeriesChart(title: title, unit: u, series: chunk.map(\.series), windows: windows,
                                            bandLabel: bandLabel, clock: clock, timeSpan: span)
                var caption = "\(title): " + (info?.definition ?? "\(results.units[metric] ?? "") per bucket")
                    + " (\(results.units[metric] ?? ""), \(PlannerUnit.seconds.format(width)) buckets), mean over replications"
                if span.end < whole.end {
                    caption += "; shown until every line has settled (the first \(PlannerUnit.seconds.format(span.end - span.start)) "
                        + "of \(PlannerUnit.seconds.format(whole.end - whole.start)); the files hold it all)"
                }
                if let bandLabel { caption += "; " + bandLabel.replacingOccurrences(of: "band: ", with: "shaded band: ") + ", clipped at the series' possible values" }
                blocks.append(.figure(chart.svg, caption: caption + "."))
            }
        }
        return HTMLPage.Section(id: "timeseries", title: "Over time", blocks: blocks)
    }

    /// Where a chart of `lines` may end: two buckets after the last point at
    /// which any line is still more than 1% of the chart's value range away
    /// from its own last value, and not before `horizon` (demand's end), nor
    /// after `end`. A 24-day run whose launch takes 3 days is then drawn over
    /// the days when something happens, not as a sliver at the left.
    static func settled(_ lines: [[TimeSeriesChart.Point]], after horizon: Double, width: Double, end: Double) -> Double {
        let values = lines.flatMap { $0.map(\.value) }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max(), high > low else { return end }
        let tolerance = (high - low) * 0.01
        var last = -Double.infinity
        for line in lines {
            guard let final = line.last(where: { $0.value.isFinite })?.value else { continue }
            if let moving = line.last(where: { $0.value.isFinite && abs($0.value - final) > tolerance }) { last = max(last, moving.time) }
        }
        return min(end, max(horizon, last + width / 2 + 2 * width))
    }

    /// ` The runs go on for … after the horizon (…) with no new demand.`, or nothing.
    var runOffNote: String {
        guard let m = results.manifest, let runOff = m.runOffSeconds, runOff > 0, let horizon = m.horizonSeconds else { return "" }
        var text = " Demand stops at the horizon (\(PlannerUnit.seconds.format(horizon))"
        if let clock = self.clock ?? derivedClock {
            let t = clock.local(at: horizon)
            text += ", \(t.dayText) \(t.clockText)"
        }
        return text + "); the runs go on for \(PlannerUnit.seconds.format(runOff)) of run-off, finishing the work under way."
    }

    /// Per series: each variant's points from `timeseries_summary.csv`, the bucket width and the replications.
    private func summarySeries() -> [(String, [Variant: [TimeSeriesChart.Point]], Double, Int)] {
        grouped(results.timeseriesSummary, by: \.metric).map { metric, rows in
            let width = bucketWidth(rows.map(\.bucketStartSeconds))
            let info = results.seriesInfo(metric)
            var byVariant: [Variant: [TimeSeriesChart.Point]] = [:]
            for (variant, variantRows) in grouped(rows, by: \.variant) {
                byVariant[variant] = variantRows.map { r in
                    TimeSeriesChart.Point(time: r.bucketStartSeconds + width / 2, value: r.mean,
                                          low: clip(r.low, info, metric), high: clip(r.high, info, metric))
                }.sorted { $0.time < $1.time }
            }
            return (metric, byVariant, width, rows.map(\.n).max() ?? 0)
        }
    }

    /// Per series: each variant's points summarised from the replication rows by the context's band.
    private func replicationSeries() -> [(String, [Variant: [TimeSeriesChart.Point]], Double, Int)] {
        grouped(results.timeseries, by: \.metric).map { metric, rows in
            let width = bucketWidth(rows.map(\.bucketStartSeconds))
            var byVariant: [Variant: [TimeSeriesChart.Point]] = [:]
            var replications = 0
            for (variant, variantRows) in grouped(rows, by: \.variant) {
                let (series, n) = self.series(variantRows, width: width, metric: metric)
                replications = max(replications, n)
                byVariant[variant] = series
            }
            return (metric, byVariant, width, replications)
        }
    }

    /// The narrowest gap between bucket starts (0 with one bucket).
    private func bucketWidth(_ starts: [Double]) -> Double {
        let sorted = Array(Set(starts.filter(\.isFinite))).sorted()
        return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min() ?? results.manifest?.bucketSeconds ?? 0
    }

    /// A band's end within the series' range (the catalogue's, else the unit's).
    private func clip(_ x: Double, _ info: MetricInfo?, _ metric: String) -> Double {
        info.map { $0.clipped(x) } ?? unit(metric).clipped(x)
    }

    /// The points of one series: per bucket, the mean and band over the
    /// replication rows, or the `mean` rows alone when the replications are absent.
    /// Bands are clipped to the values the series can take (no negative queue).
    private func series(_ rows: [TimeseriesRow], width: Double, metric: String) -> ([TimeSeriesChart.Point], Int) {
        let replicationRows = rows.filter { $0.replication != nil }
        let source = replicationRows.isEmpty ? rows : replicationRows
        let n = Set(replicationRows.compactMap(\.replication)).count
        let info = results.seriesInfo(metric)
        let points = grouped(source, by: \.bucketStartSeconds).map { start, bucket -> TimeSeriesChart.Point in
            let s = context.band.summarise(bucket.map(\.value))
            return TimeSeriesChart.Point(time: start + width / 2, value: s.mean, low: clip(s.low, info, metric), high: clip(s.high, info, metric))
        }
        return (points.sorted { $0.time < $1.time }, n)
    }

    /// The wall clock from the first stamped bucket (`bucket_start` with its offset).
    var derivedClock: WallClock? {
        let stamped = results.timeseriesSummary.first { !$0.bucketStart.isEmpty && $0.bucketStartSeconds.isFinite }
            .map { ($0.bucketStart, $0.bucketStartSeconds) }
            ?? results.timeseries.first { !$0.bucketStart.isEmpty && $0.bucketStartSeconds.isFinite }.map { ($0.bucketStart, $0.bucketStartSeconds) }
        guard let (text, seconds) = stamped, let stamp = WallClock(iso8601: text) else { return nil }
        return WallClock(epochSeconds: stamp.epochSeconds - seconds, utcOffset: stamp.utcOffset)
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
