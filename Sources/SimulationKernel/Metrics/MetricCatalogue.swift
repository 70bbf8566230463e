/// Every metric and time series a model reports, built from its validated
/// spec (so per-station, per-category and per-show names are all there), in
/// the order results files list them. Results are keyed by these names.
public struct MetricCatalogue: Sendable, Equatable {
    /// The metrics, in output order.
    public private(set) var metrics: [MetricDefinition] = []
    /// The time series, in output order (`kind` is `count` for per-bucket
    /// counts, `timeAverage` for per-bucket time-averages).
    public private(set) var series: [MetricDefinition] = []
    /// Tables of many rows (one per brand …), written apart from the summary.
    public private(set) var breakdowns: [BreakdownDefinition] = []
    private var metricIndex: [String: Int] = [:]
    private var seriesIndex: [String: Int] = [:]

    /// An empty catalogue.
    public init() {}

    /// A name given twice: a collision the model's loader must refuse.
    public struct Collision: Error, Sendable, Equatable {
        /// The name given twice.
        public let name: String

        /// A collision of `name`.
        public init(name: String) { self.name = name }
    }

    /// Adds a metric; throws `Collision` when its name is taken.
    public mutating func add(_ definition: MetricDefinition) throws {
        guard metricIndex[definition.name] == nil else { throw Collision(name: definition.name) }
        metricIndex[definition.name] = metrics.count
        metrics.append(definition)
    }

    /// Adds a time series; throws `Collision` when its name is taken.
    public mutating func addSeries(_ definition: MetricDefinition) throws {
        guard seriesIndex[definition.name] == nil else { throw Collision(name: definition.name) }
        seriesIndex[definition.name] = series.count
        series.append(definition)
    }

    /// Adds a breakdown table; throws `Collision` when its name is taken.
    public mutating func addBreakdown(_ definition: BreakdownDefinition) throws {
        guard !breakdowns.contains(where: { $0.name == definition.name }) else { throw Collision(name: definition.name) }
        breakdowns.append(definition)
    }

    /// The metric named `name`, if any.
    public func metric(_ name: String) -> MetricDefinition? { metricIndex[name].map { metrics[$0] } }

    /// The series named `name`, if any.
    public func seriesDefinition(_ name: String) -> MetricDefinition? { seriesIndex[name].map { series[$0] } }

    /// Position of metric `name` in output order.
    public func position(of name: String) -> Int? { metricIndex[name] }

    /// Metric names, in output order.
    public var metricNames: [String] { metrics.map(\.name) }

    /// The metrics whose names match `pattern`, where `*` stands for any run
    /// of characters (`show.look_*`); a pattern without `*` matches itself only.
    public func metrics(matching pattern: String) -> [MetricDefinition] {
        metrics.filter { Self.matches($0.name, pattern) }
    }

    /// The series whose names match `pattern` (see `metrics(matching:)`).
    public func series(matching pattern: String) -> [MetricDefinition] {
        series.filter { Self.matches($0.name, pattern) }
    }

    /// This catalogue with the metrics and series of `other` it lacks, appended in `other`'s order.
    public func union(_ other: MetricCatalogue) -> MetricCatalogue {
        var u = self
        for m in other.metrics where u.metricIndex[m.name] == nil { try? u.add(m) }
        for s in other.series where u.seriesIndex[s.name] == nil { try? u.addSeries(s) }
        for b in other.breakdowns where !u.breakdowns.contains(where: { $0.name == b.name }) { try? u.addBreakdown(b) }
        return u
    }

    /// Whether `name` matches a pattern with `*` wildcards (greedy-free
    /// two-pointer matching, linear in practice).
    public static func matches(_ name: String, _ pattern: String) -> Bool {
        guard pattern.contains("*") else { return name == pattern }
        let n = Array(name.unicodeScalars)
        let p = Array(pattern.unicodeScalars)
        var i = 0, j = 0
        var star = -1, resume = 0
        while i < n.count {
            if j < p.count && p[j] != "*" && p[j] == n[i] {
                i += 1
                j += 1
            } else if j < p.count && p[j] == "*" {
                star = j
                resume = i
                j += 1
            } else if star >= 0 {
                j = star + 1
                resume += 1
                i = resume
            } else {
                return false
            }
        }
        while j < p.count && p[j] == "*" { j += 1 }
        return j == p.count
    }

    /// The same metrics and series in the same order.
    public static func == (a: MetricCatalogue, b: MetricCatalogue) -> Bool {
        a.metrics == b.metrics && a.series == b.series && a.breakdowns == b.breakdowns
    }
}
