import CGSL
import CSupport

/// A piecewise-constant arrival rate: `rates[i]` arrivals per time unit on
/// [`starts[i]`, `starts[i+1]`), the last piece running to `end`. A repeating
/// profile starts over at `end` (a daily profile); otherwise no arrivals come after it.
///
/// Arrival times are drawn exactly, by inverting the cumulative rate
/// (Λ(t) = ∫ rate): the next arrival after t is Λ⁻¹(Λ(t) + E) with E ~ Exp(1).
public struct RateProfile: Sendable, Equatable {
    /// Start of each piece, increasing, the first 0.
    public let starts: [Double]
    /// Arrivals per time unit in each piece (≥ 0).
    public let rates: [Double]
    /// End of the last piece (the period of a repeating profile).
    public let end: Double
    /// Whether the profile starts over at `end`.
    public let repeats: Bool

    private let perPeriod: Double

    /// A profile; throws when pieces are out of order or a rate is negative.
    public init(starts: [Double], rates: [Double], end: Double, repeats: Bool) throws {
        guard !starts.isEmpty, starts.count == rates.count else {
            throw DistributionError(parameter: "rates", message: "must give one rate per piece")
        }
        guard starts[0] == 0 else { throw DistributionError(parameter: "starts", message: "must start at 0") }
        for i in 1..<max(1, starts.count) where starts[i] <= starts[i - 1] {
            throw DistributionError(parameter: "starts", message: "must be increasing")
        }
        guard end > starts[starts.count - 1], end.isFinite else {
            throw DistributionError(parameter: "end", message: "must lie after the last piece's start")
        }
        for r in rates where !(r >= 0 && r.isFinite) {
            throw DistributionError(parameter: "rates", message: "must be finite and not negative")
        }
        self.starts = starts
        self.rates = rates
        self.end = end
        self.repeats = repeats
        var total = 0.0
        for i in rates.indices { total += rates[i] * ((i + 1 < starts.count ? starts[i + 1] : end) - starts[i]) }
        perPeriod = total
    }

    /// No arrivals, ever.
    public static let none = RateProfile(uncheckedZero: ())

    private init(uncheckedZero: Void) {
        starts = [0]
        rates = [0]
        end = 1
        repeats = true
        perPeriod = 0
    }

    /// A constant rate forever.
    public static func constant(_ rate: Double) throws -> RateProfile {
        try RateProfile(starts: [0], rates: [rate], end: 1, repeats: true)
    }

    private func pieceEnd(_ i: Int) -> Double { i + 1 < starts.count ? starts[i + 1] : end }

    /// Expected number of arrivals in [from, to].
    public func expectedArrivals(from: Double, to: Double) -> Double {
        cumulative(to) - cumulative(from)
    }

    /// Λ(t): expected arrivals in [0, t].
    public func cumulative(_ t: Double) -> Double {
        guard t > 0 else { return 0 }
        var periods = 0.0
        var local = t
        if repeats {
            periods = (t / end).rounded(.down)
            local = t - periods * end
        } else if t >= end {
            return perPeriod
        }
        var total = periods * perPeriod
        for i in rates.indices {
            let s = starts[i]
            if local <= s { break }
            total += rates[i] * (min(local, pieceEnd(i)) - s)
        }
        return total
    }

    /// The next arrival strictly after `t`, or `nil` if none ever comes.
    public func nextArrival(after t: Double, using stream: RandomStream) -> Double? {
        nextArrival(after: t, generator: stream.gsl)
    }

    /// The same with a generator held by value.
    public func nextArrival(after t: Double, using generator: RandomGenerator) -> Double? {
        nextArrival(after: t, generator: generator.state)
    }

    /// The same with a GSL generator the caller keeps alive (hot paths: no
    /// reference counting of the stream per arrival).
    public func nextArrival(after t: Double, generator: UnsafeMutablePointer<gsl_rng>) -> Double? {
        var remaining = runway_ran_exponential(generator, 1)
        var periodStart = 0.0
        var local = t
        if repeats {
            guard perPeriod > 0 else { return nil }
            let periods = (t / end).rounded(.down)
            periodStart = periods * end
            local = t - periodStart
            // Whole periods at once, for sparse profiles.
            let whole = (remaining / perPeriod).rounded(.down)
            if whole >= 1 {
                remaining -= whole * perPeriod
                periodStart += whole * end
            }
        } else if t >= end {
            return nil
        }
        var i = pieceIndex(of: local)
        while true {
            let pieceEnd = pieceEnd(i)
            let available = rates[i] * (pieceEnd - local)
            if available >= remaining && rates[i] > 0 {
                let arrival = periodStart + local + remaining / rates[i]
                return arrival > t ? arrival : t.nextUp
            }
            remaining -= available
            i += 1
            local = pieceEnd
            if i == starts.count {
                guard repeats else { return nil }
                i = 0
                local = 0
                periodStart += end
            }
        }
    }

    private func pieceIndex(of local: Double) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) >> 1
            if starts[mid] <= local { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
