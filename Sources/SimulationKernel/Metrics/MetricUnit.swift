/// The units metrics are reported in: one vocabulary for every model kind,
/// written as the raw value in results files (`unit` columns) and used by the
/// terminal table and the report to format numbers.
public enum MetricUnit: String, Sendable, CaseIterable, Codable {
    /// Seconds (durations, waiting times, lead times).
    case seconds = "s"
    /// A dimensionless fraction in [0, 1] (shares, service levels, utilisations).
    case fraction = "1"
    /// Customers or jobs of a queueing station (in luxury station series: contacts, orders or returned units).
    case customers
    /// Servers (staff on shift or busy), as a count or time-average.
    case servers
    /// App or channel visitors.
    case visitors
    /// Live-show viewers.
    case viewers
    /// Shopping carts.
    case carts
    /// Stock reservations: baskets held for a cart or an order.
    case reservations
    /// Orders.
    case orders
    /// Units of stock (items sold, lost, held or on hand).
    case units
    /// Payment attempts.
    case attempts
    /// Looks shown in a live show.
    case looks
    /// Catalogue products.
    case products
    /// Customer-care contacts.
    case contacts
    /// Renminbi.
    case rmb = "RMB"
    /// Events per second (peak order and payment rates).
    case perSecond = "per_s"

    /// Whether values are amounts of time.
    public var isDuration: Bool { self == .seconds }
}
