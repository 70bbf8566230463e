import SimulationKernel

/// App visitors per second over a run, piece by piece on local clock hours:
/// visitors per day × hour-of-day factor × day-of-week factor / 86,400.
enum TrafficRates {
    /// The app's arrival-rate profile (visitors per second) from 0 to the
    /// first local hour boundary at or after `horizon`; hours and days are
    /// read on `clock`.
    static func app(_ traffic: LuxuryChannelSpec.Traffic, clock: LocalClock, horizon: Double) -> RateProfile {
        var starts: [Double] = []
        var rates: [Double] = []
        var t = 0.0
        while t < horizon || starts.isEmpty {
            let hourIndex = (clock.local(t) / 3600).rounded(.down)
            let hour = Int(hourIndex.truncatingRemainder(dividingBy: 24))
            starts.append(t)
            rates.append(traffic.visitorsPerDay / LocalClock.day * traffic.hourly[hour] * traffic.dayOfWeek[clock.dayOfWeek(at: t)])
            t = (hourIndex + 1) * 3600 - clock.offset
        }
        // Validated inputs (increasing starts, rates ≥ 0) cannot fail here.
        return try! RateProfile(starts: starts, rates: rates, end: t, repeats: false)
    }

    /// The same profile scaled by `factor` (a segment's share × channel entry).
    static func scaled(_ profile: RateProfile, by factor: Double) -> RateProfile {
        try! RateProfile(starts: profile.starts, rates: profile.rates.map { $0 * factor }, end: profile.end, repeats: false)
    }
}
