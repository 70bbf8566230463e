/// Which metrics a results table shows, the same in the terminal and the
/// report: the experiment's `outputs.table` when it has one; otherwise the
/// catalogue's headline metrics, and each large family of other metrics (more
/// than `largestFamilyShown` members, such as the 80 `show.look_NN.units_sold`)
/// as its highest and lowest member; without a catalogue (older results), all.
public struct TableSelection: Sendable {
    /// A row: the metric, and what it stands for when it represents a family.
    public struct Row: Sendable, Equatable {
        /// The metric's name.
        public var metric: String
        /// `highest of 80`, `lowest of 80`; nil for a metric shown for itself.
        public var note: String?
    }

    /// A family shown by its extremes, with how many members it has.
    public struct SummarisedFamily: Sendable, Equatable {
        /// The family, with placeholders (`show.look_NN.units_sold`).
        public var family: String
        /// Its members' names, in catalogue order.
        public var members: [String]
    }

    /// Families with more members than this, none a headline metric, are shown by their extremes.
    public static let largestFamilyShown = 8

    /// The metrics shown for themselves, in order.
    public let metrics: [String]
    /// Families shown by their highest and lowest member.
    public let families: [SummarisedFamily]
    /// How the metrics were chosen, for notes: `the experiment's table`, `the headline metrics`, `all metrics`.
    public let choice: String

    /// The selection for `results`.
    public init(_ results: LoadedResults) {
        let present = Set(results.metrics)
        if let wanted = results.tableMetrics {
            metrics = wanted.filter { present.contains($0) }
            families = []
            choice = "the experiment's outputs.table"
        } else if results.catalogue.contains(where: \.isHeadline) {
            metrics = results.catalogue.filter { $0.isHeadline && present.contains($0.name) }.map(\.name)
            var byFamily: [String: [String]] = [:]
            var order: [String] = []
            for m in results.catalogue where m.family != m.name && present.contains(m.name) {
                if byFamily[m.family] == nil { order.append(m.family) }
                byFamily[m.family, default: []].append(m.name)
            }
            let headlineFamilies = Set(results.catalogue.filter(\.isHeadline).map(\.family))
            families = order.compactMap { f in
                guard let members = byFamily[f], members.count > Self.largestFamilyShown, !headlineFamilies.contains(f) else { return nil }
                return SummarisedFamily(family: f, members: members)
            }
            choice = "the model's headline metrics"
        } else {
            metrics = results.metrics
            families = []
            choice = "all metrics"
        }
    }

    /// The rows for `variant`: the metrics, then each summarised family's
    /// highest and lowest member by this variant's mean (the first on ties;
    /// members that are not a number are passed over).
    public func rows(for variant: Variant, in results: LoadedResults) -> [Row] {
        var rows = metrics.map { Row(metric: $0, note: nil) }
        guard !families.isEmpty else { return rows }
        var means: [String: Double] = [:]
        for r in results.summary where r.variant == variant { means[r.metric] = r.mean }
        for f in families {
            let measured = f.members.compactMap { m in means[m].flatMap { $0.isFinite ? (m, $0) : nil } }
            guard let high = measured.max(by: { $0.1 < $1.1 }), let low = measured.min(by: { $0.1 < $1.1 }) else { continue }
            rows.append(Row(metric: high.0, note: "highest of \(f.members.count)"))
            if low.0 != high.0 { rows.append(Row(metric: low.0, note: "lowest of \(f.members.count)")) }
        }
        return rows
    }

    /// `show.look_NN.units_sold: the highest and lowest of 80 shown; all 80 are in summary.csv.`
    public var familyNotes: [String] {
        families.map { "\($0.family): the highest and lowest of \($0.members.count) shown; all \($0.members.count) are in summary.csv." }
    }
}
