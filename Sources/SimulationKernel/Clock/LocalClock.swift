/// The wall clock of a run's location: what simulation time `t` (seconds
/// from the run's start) is as a local time of day and day of week, and,
/// when the experiment gives a `start` moment, as an absolute instant.
public struct LocalClock: Sendable, Equatable {
    /// Local time at simulation time 0, in seconds since Monday 00:00 (0 without a start).
    public let offset: Double
    /// The instant of simulation time 0 in seconds since 1970-01-01T00:00Z, if known.
    public let start: Double?
    /// Seconds per day.
    public static let day: Double = 86_400

    /// A clock whose simulation time 0 is local time `offset` seconds after
    /// Monday 00:00 and, if given, instant `start` (Unix seconds).
    public init(offset: Double = 0, start: Double? = nil) {
        self.offset = offset
        self.start = start
    }

    /// Seconds since Monday 00:00 of the first week, at simulation time `t`.
    @inlinable public func local(_ t: Double) -> Double { offset + t }

    /// Local time of day at `t`, in seconds after midnight.
    public func timeOfDay(at t: Double) -> Double {
        let x = (offset + t).truncatingRemainder(dividingBy: Self.day)
        return x < 0 ? x + Self.day : x
    }

    /// Day of the week at `t`: 0 is Monday.
    public func dayOfWeek(at t: Double) -> Int {
        let d = Int(((offset + t) / Self.day).rounded(.down)) % 7
        return d < 0 ? d + 7 : d
    }

    /// Whole local days since the Monday before the start, at `t`.
    public func dayNumber(at t: Double) -> Int { Int(((offset + t) / Self.day).rounded(.down)) }

    /// Simulation time of local time of day `timeOfDay` on local day `day` (see `dayNumber(at:)`).
    public func time(day: Int, timeOfDay: Double) -> Double {
        Double(day) * Self.day + timeOfDay - offset
    }

    /// Simulation time of an instant given in Unix seconds; nil without a start.
    public func time(ofInstant instant: Double) -> Double? {
        start.map { instant - $0 }
    }
}

extension LocalClock {
    /// Simulation times in [`from`, `until`] at which the local clock shows
    /// one of `timesOfDay` (seconds after midnight), in order: daily events
    /// such as a carrier's truck departures.
    public func times(atTimesOfDay timesOfDay: [Double], from: Double = 0, until: Double) -> [Double] {
        var result: [Double] = []
        var day = dayNumber(at: from)
        let sorted = timesOfDay.sorted()
        while time(day: day, timeOfDay: 0) <= until {
            for tod in sorted {
                let t = time(day: day, timeOfDay: tod)
                if t >= from && t <= until { result.append(t) }
            }
            day += 1
        }
        return result
    }
}
