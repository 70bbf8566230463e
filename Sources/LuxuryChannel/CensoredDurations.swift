/// Durations of a population some of whose members have not finished by the
/// end of the run — orders not yet shipped, parcels not yet delivered: for
/// those only a lower bound is known (the end minus when they started).
///
/// The p-quantile is the value at rank ⌈p·n⌉ among all n members, each
/// unfinished one placed at its lower bound (after finished ones of equal
/// value). If that rank falls on an unfinished member the quantile is not
/// known: NaN. Otherwise it is the exact order statistic when nothing is
/// unfinished, and a lower bound of it otherwise — the members it passes are
/// at least as long as their bounds. An unfinished order never counts as
/// fast: a scenario that delays orders can only raise (or unmake) the quantile.
struct CensoredDurations {
    /// Seconds of finished members, and lower bounds (seconds) of unfinished ones.
    private var finished: [Double] = []
    private var unfinished: [Double] = []

    /// An empty population.
    init() {}

    /// A member that took `seconds`.
    mutating func record(_ seconds: Double) { finished.append(seconds) }

    /// A member still unfinished after `seconds`.
    mutating func recordUnfinished(after seconds: Double) { unfinished.append(seconds) }

    /// Members recorded, finished or not.
    var count: Int { finished.count + unfinished.count }

    /// The p-quantile (0 < p < 1) in seconds; NaN with no members or when the rank falls on an unfinished one.
    func quantile(_ p: Double) -> Double {
        let n = count
        guard n > 0 else { return .nan }
        let rank = min(n, max(1, Int((p * Double(n)).rounded(.up))))
        let done = finished.sorted()
        let open = unfinished.sorted()
        // Merge up to the rank: finished first on ties.
        var i = 0
        var j = 0
        var value = Double.nan
        for _ in 0..<rank {
            if j >= open.count || (i < done.count && done[i] <= open[j]) {
                value = done[i]
                i += 1
            } else {
                value = .nan
                j += 1
            }
        }
        return value
    }
}
