/// One metric a model kind reports: its name, unit, possible range, kind and
/// a one-line definition, as `runway metrics` prints them.
public struct MetricDefinition: Sendable, Equatable {
    /// The name in results files, e.g. `desk.wait_mean` or `units.sold.beauty`.
    public let name: String
    /// The documented family the name belongs to, with placeholders, e.g.
    /// `<station>.wait_mean` or `units.sold.<category>` (equal to `name` for
    /// metrics that exist once). The README's metric tables list families.
    public let family: String
    /// The unit values are in.
    public let unit: MetricUnit
    /// The values it can take; intervals are clipped to them.
    public let range: MetricRange
    /// What sort of statistic it is.
    public let kind: MetricKind
    /// What the number is, in one line (the population it covers and the period).
    public let definition: String
    /// Whether the terminal table shows it when the experiment names no `outputs.table`.
    public let isHeadline: Bool
    /// The model inputs in which the metric's expected value is monotone, and which way.
    public let monotone: [MonotoneResponse]

    /// A metric; `family` defaults to `name`.
    public init(_ name: String, family: String? = nil, unit: MetricUnit, range: MetricRange, kind: MetricKind,
                definition: String, headline: Bool = false, monotone: [MonotoneResponse] = []) {
        self.name = name
        self.family = family ?? name
        self.unit = unit
        self.range = range
        self.kind = kind
        self.definition = definition
        self.isHeadline = headline
        self.monotone = monotone
    }
}

extension MetricDefinition {
    /// How the metric's expected value moves as the input at `path` grows, if declared.
    public func direction(in path: String) -> MonotoneResponse.Direction? {
        monotone.first { $0.covers(path) }?.direction
    }
}
