import SimulationKernel

/// When the show's viewers join: the rate ramps up linearly over the
/// build-up (in six steps) and then holds until the last look has walked, so
/// that the expected number of joins is the show's `viewers`. With an
/// exponential watch time W, the steady audience is about
/// viewers × W / (duration − build-up / 2).
enum ShowAudience {
    static func joins(_ show: LuxuryChannelSpec.Show) -> RateProfile? {
        guard show.viewers > 0 else { return nil }
        let lastLook = show.looks.last.map { $0.start + ($0.start - (show.looks.dropLast().last?.start ?? show.start)) }
        let end = max(lastLook ?? 0, show.start + show.buildUp)
        let duration = end - show.start
        let flat = show.viewers / (duration - show.buildUp / 2)
        var starts: [Double] = show.start > 0 ? [0] : []
        var rates: [Double] = show.start > 0 ? [0] : []
        let steps = 6
        for k in 0..<steps {
            starts.append(show.start + Double(k) * show.buildUp / Double(steps))
            rates.append(flat * (Double(k) + 0.5) / Double(steps))
        }
        if end > show.start + show.buildUp {
            starts.append(show.start + show.buildUp)
            rates.append(flat)
        }
        return try? RateProfile(starts: starts, rates: rates, end: end, repeats: false)
    }
}
