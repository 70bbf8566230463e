import CGSL
import SimulationKernel

extension LuxurySimulation {
    /// Viewers join as a Poisson stream (see `ShowAudience`) and watch for an
    /// exponential time; the concurrent audience is tracked.
    mutating func joinViewer(calendar: inout EventCalendar<LuxuryEvent>) {
        guard showJoins != nil else { return }
        let now = calendar.now
        counts.viewers += 1
        viewers.add(1, at: now)
        series?.viewers.set(viewers.value, at: now)
        calendar.schedule(.viewerLeaves, after: streams.show.exponential(mean: watchTime))
        if let next = showJoins?.nextArrival(after: now, using: streams.audience) { calendar.schedule(.viewerJoins, at: next) }
    }

    /// A look walks: each viewer watching tries to buy with the look's intent
    /// (a Poisson number of attempts), after a burst-then-decay delay.
    mutating func walk(look: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let show = spec.show, look < catalogue.lookProducts.count else { return }
        let products = catalogue.lookProducts[look]
        guard !products.isEmpty else { return }
        let attempts = Int(gsl_ran_poisson(streams.show.gsl, show.buyIntent * viewers.value))
        for _ in 0..<attempts {
            let p = products.lowerBound + min(products.count - 1, Int(streams.show.uniform() * Double(products.count)))
            calendar.schedule(.buyNow(product: Int32(p), live: true), after: show.buyDelay.sample(using: streams.show))
        }
    }
}
