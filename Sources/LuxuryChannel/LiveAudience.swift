import SimulationKernel

/// The viewers of one live show: when they join, how long they watch, how
/// many watch now and when the next of them leaves.
///
/// Joins are a Poisson process whose rate ramps up linearly over the
/// build-up (in six steps) and then holds until the last look has walked, so
/// that the expected number of joins is the show's `viewers` (see
/// `joinRate(of:)`). With an exponential watch time W the steady audience is
/// about viewers × W / (duration − build-up / 2).
///
/// Leaving is not an event per viewer: with exponential watch times, the
/// viewers watching leave as a Poisson process of rate (watching ÷ mean
/// watch time), the death process of an Mt/M/∞ queue. So the next leave is
/// one time, redrawn whenever the audience changes (memorylessness makes the
/// redraw exact); the simulation plays leaves out lazily, before an audience
/// is read or changed. Same law as one timer per viewer, with 10 million
/// fewer events and 3 million fewer pending at the default show.
struct LiveAudience {
    /// Joins per second over time (zero when the show has no viewers).
    let joins: RateProfile
    /// Mean watch time, in seconds.
    let meanWatchTime: Double
    /// The show's audience stream; its owner (the model's stream set) keeps it alive.
    let generator: RandomGenerator
    /// Viewers watching now, and its peak.
    var watching = TimeWeightedLevel()
    /// Viewers who joined so far.
    var joined = 0
    /// When the next viewer leaves (∞ when nobody watches).
    var nextLeave = Double.infinity

    /// The audience of `show`, starting at `start` (seconds), drawing from `generator`.
    init(show: LuxuryChannelSpec.Show, start: Double, generator: RandomGenerator) {
        joins = Self.joinRate(of: show, start: start) ?? .none
        meanWatchTime = show.watchTime
        self.generator = generator
    }

    /// One viewer joins at `now`.
    mutating func join(at now: Double) {
        joined += 1
        watching.add(1, at: now)
        nextLeave = now + generator.exponential(mean: meanWatchTime / watching.value)
    }

    /// The viewer due to leave at `nextLeave` leaves.
    mutating func leave() {
        let t = nextLeave
        watching.add(-1, at: t)
        nextLeave = watching.value > 0 ? t + generator.exponential(mean: meanWatchTime / watching.value) : .infinity
    }

    /// The next join after `now`, if any.
    /// (Mutating only so that a call on an array element works in place: a
    /// borrowing call copied the audience, retaining its profile's arrays,
    /// on every join.)
    mutating func nextJoin(after now: Double) -> Double? {
        joins.nextArrival(after: now, using: generator)
    }

    /// The show's join rate (viewers per second) over time: six equal steps
    /// up to the flat rate over the build-up, then flat until one look
    /// interval after the last look, with `viewers` joins expected in all;
    /// nil without viewers.
    static func joinRate(of show: LuxuryChannelSpec.Show, start: Double) -> RateProfile? {
        guard show.viewers > 0 else { return nil }
        let lastLook = show.looks.last.map { start + $0.at + ($0.at - (show.looks.dropLast().last?.at ?? 0)) }
        let end = max(lastLook ?? 0, start + show.buildUp)
        let duration = end - start
        let flat = show.viewers / (duration - show.buildUp / 2)
        var starts: [Double] = start > 0 ? [0] : []
        var rates: [Double] = start > 0 ? [0] : []
        let steps = 6
        for k in 0..<steps {
            starts.append(start + Double(k) * show.buildUp / Double(steps))
            rates.append(flat * (Double(k) + 0.5) / Double(steps))
        }
        if end > start + show.buildUp {
            starts.append(start + show.buildUp)
            rates.append(flat)
        }
        return try? RateProfile(starts: starts, rates: rates, end: end, repeats: false)
    }
}
