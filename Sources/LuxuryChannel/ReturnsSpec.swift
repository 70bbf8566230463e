import SimulationKernel

/// Returns: which delivered units come back, by category and by channel
/// (browsing or the live show), when, and what happens to them.
public struct Returns: Sendable {
    /// Probability (0–1) that a delivered unit bought while browsing comes back, by category (catalogue order).
    public var browsing: [Double]
    /// The same for units bought from the live show.
    public var live: [Double]
    /// Seconds from delivery to the returned unit arriving at the warehouse.
    public var time: Distribution
    /// Share (0–1) of returned units put back on sale while the brand's sale runs; the rest go back to the brand.
    public var restock: Double
}
