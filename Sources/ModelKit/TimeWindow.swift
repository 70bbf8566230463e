/// A span of simulated time worth marking on a chart of the run: a live show,
/// a warehouse outage. Reports shade it on time-series charts; results files
/// list it per scenario and sweep point (`summary.json`, `windows`).
public struct TimeWindow: Sendable, Equatable {
    /// What sort of span it is, which says how a chart shades it.
    public enum Kind: String, Sendable, Equatable {
        /// Demand is high: a live show.
        case highlight
        /// Capacity is gone: an outage.
        case outage
    }

    /// What a legend calls it: `live show`, `outage shanghai`.
    public var label: String
    /// What sort of span it is: a show to highlight or an outage.
    public var kind: Kind
    /// Start, in the model's time unit after time 0 (seconds where files use units).
    public var start: Double
    /// End, after `start`, in the same unit.
    public var end: Double

    /// A span from `start` to `end`.
    public init(label: String, kind: Kind, start: Double, end: Double) {
        self.label = label
        self.kind = kind
        self.start = start
        self.end = end
    }
}
