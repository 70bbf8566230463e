import SimulationKernel

/// App visitors per second over a run, piece by piece on local clock hours:
/// visitors per day × hour-of-day factor × day-of-week factor / 86,400.
enum TrafficRates {
    /// The app's arrival-rate profile over [0, horizon]; `clockOffset` is the
    /// local time at the run's start, in seconds since Monday 00:00.
    static func app(_ traffic: LuxuryChannelSpec.Traffic, horizon: Double, clockOffset: Double) -> RateProfile {
        var starts: [Double] = []
        var rates: [Double] = []
        var t = 0.0
        while t < horizon || starts.isEmpty {
            let local = clockOffset + t
            let hourIndex = (local / 3600).rounded(.down)
            let hour = Int(hourIndex.truncatingRemainder(dividingBy: 24))
            let day = Int((local / 86_400).rounded(.down).truncatingRemainder(dividingBy: 7))
            starts.append(t)
            rates.append(traffic.visitorsPerDay / 86_400 * traffic.hourly[hour] * traffic.dayOfWeek[day])
            t = (hourIndex + 1) * 3600 - clockOffset
        }
        // Validated inputs (increasing starts, rates ≥ 0) cannot fail here.
        return try! RateProfile(starts: starts, rates: rates, end: t, repeats: false)
    }

    /// The same profile scaled by `factor` (a segment's share × channel entry).
    static func scaled(_ profile: RateProfile, by factor: Double) -> RateProfile {
        try! RateProfile(starts: profile.starts, rates: profile.rates.map { $0 * factor }, end: profile.end, repeats: false)
    }
}
