import SimulationKernel

extension LuxurySimulation {
    /// A channel visit: product views (Poisson), each adding to cart, buying
    /// at once, or neither, at a moment within the session (`session-length`).
    /// A view picks its product by popularity; with a price elasticity, the
    /// product's appeal scales the view's chances (see `CatalogueTable.appeal`).
    /// Visits brought by a show (`source: .showBrowsing`) draw from their own
    /// streams and numbers, so that the show's size leaves other visits alone.
    mutating func browse(segment s: Int, source: DemandSource, calendar: inout EventCalendar<LuxuryEvent>) {
        let fromShow = source == .showBrowsing
        if fromShow { counts.showVisitors += 1 } else { counts.channelVisitors += 1 }
        let visit = fromShow ? visitsNumbered.fromShows : visitsNumbered.browsing
        if fromShow { visitsNumbered.fromShows &+= 1 } else { visitsNumbered.browsing &+= 1 }
        let now = calendar.now
        if careDesk != nil { scheduleVisitContacts(entity: DemandAttempt.visit(visit, fromShow: fromShow), fromShow: fromShow, calendar: &calendar) }
        let segment = spec.traffic.segments[s]
        guard catalogue.browsingCount > 0 else { return }
        let stream = fromShow ? streams.showBrowsing : streams.browsing
        let views = stream.poisson(mean: segment.viewsPerVisit)
        let act = segment.cartPerView + segment.buyPerView
        let priced = spec.catalogue.priceElasticity != 0
        for _ in 0..<views {
            var product = -1
            var cart = segment.cartPerView
            var u: Double
            if priced {
                product = catalogue.browsingPick.index(stream.uniform())
                let appeal = catalogue.appeal[product]
                u = stream.uniform()
                guard u < min(1, act * appeal) else { continue }
                cart *= min(1, act * appeal) / act
            } else {
                u = stream.uniform()
                guard u < act else { continue }
                product = catalogue.browsingPick.index(stream.uniform())
            }
            let attempt = attempts[Int(source.rawValue)]
            attempts[Int(source.rawValue)] &+= 1
            let at = now + stream.uniform() * spec.traffic.sessionLength
            guard saleIsOpen(for: product, at: at) else { continue }
            if u < cart {
                let orders = stream.uniform() < segment.orderPerCart
                calendar.schedule(.addToCart(product: Int32(product), attempt: attempt, orders: orders, source: source), at: at)
            } else {
                calendar.schedule(.buyNow(product: Int32(product), attempt: attempt, source: source), at: at)
            }
        }
    }

    /// A viewer of show `s` decides to visit the channel: the visit begins
    /// after the show's browsing delay and browses like its segment.
    mutating func showVisitorArrives(show s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        guard let browsing = spec.shows[s].browsing else { return }
        if let next = showVisitorProfiles[s]?.nextArrival(after: now, using: streams.showVisitors), next <= horizon {
            calendar.schedule(.showVisitorArrives(show: Int32(s)), at: next)
        }
        calendar.schedule(.showVisit(segment: Int32(browsing.segment)), after: browsing.delay.sample(using: streams.showVisitors))
    }

    /// Whether the flash sale of `product`'s brand runs at `t`: brands open
    /// spread evenly over the stagger, each for the sale's length.
    func saleIsOpen(for product: Int, at t: Double) -> Bool {
        let c = spec.catalogue
        let brands = Double(max(1, catalogue.channelBrands))
        let opens = saleOpens + c.saleStagger * (Double(catalogue.brand[product]) + 0.5) / brands
        return t >= opens && t < opens + c.saleLength
    }

    /// Records the units free to sell, and the units held, at `now` in the series.
    mutating func noteStock(at now: Double) {
        guard series != nil else { return }
        series?.stock.set(Double(stock.initialUnits + stock.restockedUnits - counts.unitsSold - stock.totalReserved), at: now)
        series?.held.set(Double(stock.totalReserved), at: now)
    }
}
