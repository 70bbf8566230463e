import SimulationKernel

extension LuxurySimulation {
    /// A viewer joins show `s` (joins are a Poisson stream and leaves are
    /// played out lazily, see `LiveAudience`).
    mutating func joinViewer(show s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        playViewerLeaves(until: now)
        counts.viewers += 1
        audiences[s].join(at: now)
        viewers.add(1, at: now)
        series?.viewers.set(viewers.value, at: now)
        if let next = audiences[s].nextJoin(after: now), next <= horizon {
            calendar.schedule(.viewerJoins(show: Int32(s)), at: next)
        }
    }

    /// Lets the viewers who leave by time `t` go, one at a time and in time
    /// order across the shows, so that the total audience's path is exact.
    mutating func playViewerLeaves(until t: Double) {
        while true {
            var next = -1
            var earliest = t
            for s in audiences.indices where audiences[s].nextLeave <= earliest {
                next = s
                earliest = audiences[s].nextLeave
            }
            guard next >= 0 else { return }
            audiences[next].leave()
            viewers.add(-1, at: earliest)
            series?.viewers.set(viewers.value, at: earliest)
        }
    }

    /// A look walks: each viewer watching tries to buy it with the look's
    /// intent — times its appeal when demand heeds price — as a Poisson
    /// number of attempts, each numbered, after a burst-then-decay delay.
    mutating func walk(look: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        guard look < catalogue.lookProducts.count else { return }
        let s = catalogue.lookShow[look]
        let show = spec.shows[s]
        playViewerLeaves(until: calendar.now)
        let products = catalogue.lookProducts[look]
        guard !products.isEmpty else { return }
        var intent = show.buyIntent
        if spec.catalogue.priceElasticity != 0 {
            let appeal = products.reduce(0) { $0 + catalogue.appeal[$1] } / Double(products.count)
            intent = min(1, intent * appeal)
        }
        let attempts = streams.show.poisson(mean: intent * audiences[s].watching.value)
        for _ in 0..<attempts {
            let p = products.lowerBound + min(products.count - 1, Int(streams.show.uniform() * Double(products.count)))
            calendar.schedule(.buyNow(product: Int32(p), attempt: self.attempts[Int(DemandSource.show.rawValue)], source: .show),
                              after: show.buyDelay.sample(using: streams.show))
            self.attempts[Int(DemandSource.show.rawValue)] &+= 1
        }
    }
}
