/// A declaration that a metric's expected value moves one way as a model
/// input grows, all else equal: `desk.wait_mean` decreases in
/// `stations[desk].servers`. Goal seek relies on it to bisect over one
/// variable instead of searching; a test for each declaration checks it
/// under common random numbers.
public struct MonotoneResponse: Sendable, Equatable, Hashable {
    /// Which way the metric goes as the input grows.
    public enum Direction: String, Sendable, Equatable, Hashable {
        /// More of the input never lowers the metric (service level in agents).
        case increasing
        /// More of the input never raises the metric (mean wait in servers).
        case decreasing
    }

    /// The model path of the input, as experiment files write it; `*` stands
    /// for any run of characters (`fulfilment.warehouses[*].pack.shifts`). A
    /// shift plan's path covers scaling the whole plan up (`scale(PATH)`).
    public let path: String
    /// Which way the metric moves as the input grows.
    public let direction: Direction

    /// The metric moves `direction` as the input at `path` grows.
    public init(_ direction: Direction, in path: String) {
        self.path = path
        self.direction = direction
    }

    /// Whether the declaration covers the input at `path` (a path inside
    /// brackets may name a list item by name or by position; both are declared).
    public func covers(_ path: String) -> Bool {
        MetricCatalogue.matches(path, self.path)
    }
}
