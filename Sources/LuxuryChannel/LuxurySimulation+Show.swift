import CGSL
import SimulationKernel

extension LuxurySimulation {
    /// Viewers join as a Poisson stream (see `ShowAudience`) and watch for an
    /// exponential time; the concurrent audience is tracked.
    ///
    /// Leaving is not an event per viewer: with exponential watch times, the
    /// viewers watching leave as a Poisson process of rate (watching ÷ mean
    /// watch time), the death process of an M/M/∞ queue. So the next leave is
    /// one time, redrawn whenever the audience changes (memorylessness makes
    /// the redraw exact), and leaves are played out lazily, before the
    /// audience is read or changed. Same law as one timer per viewer, with 10
    /// million fewer events and 3 million fewer pending at the default show.
    mutating func joinViewer(calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        playViewerLeaves(until: now)
        counts.viewers += 1
        viewers.add(1, at: now)
        series?.viewers.set(viewers.value, at: now)
        nextViewerLeaves = now + streams.audience.exponential(mean: watchTime / viewers.value)
        if let next = showJoins.nextArrival(after: now, generator: streams.audience.gsl) {
            calendar.schedule(.viewerJoins, at: next)
        }
    }

    /// Lets the viewers who leave by time `t` go, one at a time, at their times.
    mutating func playViewerLeaves(until t: Double) {
        while nextViewerLeaves <= t {
            let leave = nextViewerLeaves
            viewers.add(-1, at: leave)
            series?.viewers.set(viewers.value, at: leave)
            nextViewerLeaves = viewers.value > 0
                ? leave + streams.audience.exponential(mean: watchTime / viewers.value) : .infinity
        }
    }

    /// A look walks: each viewer watching tries to buy with the look's intent
    /// (a Poisson number of attempts), after a burst-then-decay delay.
    mutating func walk(look: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let show = spec.show, look < catalogue.lookProducts.count else { return }
        playViewerLeaves(until: calendar.now)
        let products = catalogue.lookProducts[look]
        guard !products.isEmpty else { return }
        let attempts = Int(gsl_ran_poisson(streams.show.gsl, show.buyIntent * viewers.value))
        for _ in 0..<attempts {
            let p = products.lowerBound + min(products.count - 1, Int(streams.show.uniform() * Double(products.count)))
            calendar.schedule(.buyNow(product: Int32(p), live: true), after: show.buyDelay.sample(using: streams.show))
        }
    }
}
