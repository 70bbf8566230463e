/// The units metrics are reported in: one vocabulary for every model kind,
/// written as the raw value in results files (`unit` columns) and used by the
/// terminal table and the report to format numbers.
public enum MetricUnit: String, Sendable, CaseIterable, Codable {
    /// Seconds (durations, waiting times, lead times).
    case seconds = "s"
    /// A dimensionless fraction in [0, 1] (shares, service levels, utilisations).
    case fraction = "1"
    case customers
    case servers
    case visitors
    case viewers
    case carts
    case reservations
    case orders
    case units
    case attempts
    case looks
    case products
    case contacts
    /// Renminbi.
    case rmb = "RMB"
    /// Events per second (peak order and payment rates).
    case perSecond = "per_s"

    /// Whether values are amounts of time.
    public var isDuration: Bool { self == .seconds }
}
