import SimulationKernel

/// The least time arrivals may take. A stream of arrivals whose mean gap is
/// zero (`{dist: deterministic, value: 0}`, an empty-handed `empirical`) or
/// tinier than a clock can tell apart (`uniform 0 … 1e-300`, `rate: 1e308`)
/// would make a run handle events without its clock advancing, allocating
/// until the machine gives out; such inputs are refused where they are written.
public enum ArrivalFloor {
    /// The shortest mean time between arrivals of one stream, in the model's
    /// time unit: 10⁻⁶ (a microsecond where files use units), that is at most
    /// a million arrivals per second per stream.
    public static let meanInterArrival = 1e-6

    /// The highest arrival rate of one stream, per time unit (10⁶).
    public static var highestRate: Double { 1 / meanInterArrival }
}

extension SpecNode {
    /// A distribution of times between arrivals: as `distribution()`, with a
    /// mean of at least `ArrivalFloor.meanInterArrival`.
    public func interArrivalDistribution() throws -> Distribution {
        let d = try distribution()
        guard d.mean >= ArrivalFloor.meanInterArrival else {
            throw error("times between arrivals have mean \(d.mean), below the floor of \(ArrivalFloor.meanInterArrival) "
                        + "(a million arrivals per time unit): the clock would stop while arrivals pile up")
        }
        return d
    }

    /// An arrival rate (≥ 0) per time unit, at most `ArrivalFloor.highestRate`.
    public func arrivalRate(what: String = "arrival rate") throws -> Double {
        let r = try rate(what: what)
        guard r <= ArrivalFloor.highestRate else {
            throw error("the \(what) \(r) is above the ceiling of \(ArrivalFloor.highestRate) per time unit: "
                        + "the clock would stop while arrivals pile up")
        }
        return r
    }
}
