/// A metric's unit as planners read it, from the metric catalogue's vocabulary:
/// `s` (seconds), `1` (a fraction in [0, 1]), `RMB`, `per_s` (per second), or a
/// counted noun (`customers`, `orders`, `units`, `contacts`, `visitors`,
/// `viewers`, `reservations`, `carts`, `attempts`, `looks`, `products`, `servers`).
public enum PlannerUnit: Sendable, Equatable, Hashable {
    /// Seconds, shown in the largest sensible unit (`45 s`, `12.5 min`, `37.4 h`, `2.3 d`).
    case seconds
    /// A fraction in [0, 1], shown as a percentage (`97.2%`); differences in percentage points.
    case fraction
    /// A count of something, shown with k, M, B (`96.6k`, `300.1M`).
    case count(String)
    /// Money in a currency, the code first (`RMB 193.3M`).
    case money(String)
    /// A rate per second, with thousands separators (`1,234/s`).
    case perSecond
    /// A plain number (no unit, or a unit this vocabulary does not know).
    case plain(String)

    /// The counted nouns of the catalogue's vocabulary.
    public static let countNouns: Set<String> = [
        "customers", "orders", "units", "contacts", "visitors", "viewers",
        "reservations", "carts", "attempts", "looks", "products", "servers",
    ]

    /// The unit named `text` in a results file. Besides the catalogue's
    /// vocabulary this reads the names results files used before it:
    /// `fraction`, `time` (taken as seconds, which every shipped model uses
    /// where files write units), `rmb`, `per-second`, `per_second`, `count`, and `X/s` (`orders/s`) as a rate.
    public init(_ text: String) {
        switch text {
        case "s", "time", "seconds": self = .seconds
        case "1", "fraction", "share": self = .fraction
        case "RMB", "rmb": self = .money("RMB")
        case "per_s", "per-second", "per_second", "/s": self = .perSecond
        case "count": self = .count("")
        case _ where text.hasSuffix("/s"): self = .perSecond
        default:
            self = Self.countNouns.contains(text) ? .count(text) : .plain(text)
        }
    }
}
