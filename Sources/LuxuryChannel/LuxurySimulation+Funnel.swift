import CGSL
import SimulationKernel

extension LuxurySimulation {
    /// A channel visit: product views (Poisson), each adding to cart, buying
    /// at once, or neither, at a moment within a 3-minute session.
    mutating func browse(segment s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        counts.channelVisitors += 1
        let segment = spec.traffic.segments[s]
        guard catalogue.browsingCount > 0 else { return }
        let views = Int(gsl_ran_poisson(streams.browsing.gsl, segment.viewsPerVisit))
        let now = calendar.now
        for _ in 0..<views {
            let u = streams.browsing.uniform()
            guard u < segment.cartPerView + segment.buyPerView else { continue }
            let product = Int32(min(catalogue.browsingCount - 1, Int(streams.browsing.uniform() * Double(catalogue.browsingCount))))
            let at = now + streams.browsing.uniform() * 180
            guard saleIsOpen(for: Int(product), at: at) else { continue }
            if u < segment.cartPerView {
                let orders = streams.browsing.uniform() < segment.orderPerCart
                calendar.schedule(.addToCart(product: product, orders: orders), at: at)
            } else {
                calendar.schedule(.buyNow(product: product, live: false), at: at)
            }
        }
    }

    /// Whether the flash sale of `product`'s brand runs at `t`: brands open
    /// spread evenly over the stagger, each for the sale's length.
    func saleIsOpen(for product: Int, at t: Double) -> Bool {
        let c = spec.catalogue
        let brands = Double(max(1, catalogue.channelBrands))
        let opens = c.saleOpens + c.saleStagger * (Double(catalogue.brand[product]) + 0.5) / brands
        return t >= opens && t < opens + c.saleLength
    }

    /// Holds a unit of `product`, or of another product of its brand for the
    /// substituting share; `nil` is a lost sale.
    /// Units free to sell, for the stock series.
    mutating func noteStock(at now: Double) {
        guard series != nil else { return }
        series?.stock.set(Double(stock.initialUnits + stock.restockedUnits - counts.ordersPaid - stock.totalReserved), at: now)
    }

    mutating func hold(_ product: Int, live: Bool, at now: Double) -> Int32? {
        var p = product
        if !stock.reserve(p) {
            guard streams.substitution.uniform() < spec.catalogue.substitution,
                  let other = substitute(for: product) else {
                counts.lostUnits += 1
                if live { counts.lostUnitsLive += 1 }
                return nil
            }
            p = other
            _ = stock.reserve(p)
            counts.substituted += 1
        }
        counts.reservations += 1
        reservations.append(Reservation(product: Int32(p), state: .held, live: live))
        noteStock(at: now)
        return Int32(reservations.count - 1)
    }

    /// A product of the same brand with a free unit.
    func substitute(for product: Int) -> Int? {
        let brand = Int(catalogue.brand[product])
        guard brand < catalogue.brandProducts.count else { return nil }
        return catalogue.brandProducts[brand].first { $0 != product && stock.available($0) }
    }

    mutating func addToCart(_ product: Int, orders: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let r = hold(product, live: false, at: calendar.now) else { return }
        counts.carts += 1
        let hold = spec.checkout.hold
        if orders {
            let delay = spec.checkout.timeToOrder.sample(using: streams.checkout)
            if delay < hold {
                calendar.schedule(.orderPlaced(reservation: r), after: delay)
                return
            }
        }
        calendar.schedule(.holdEnds(reservation: r), after: hold)
    }

    mutating func buyNow(_ product: Int, live: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let r = hold(product, live: live, at: calendar.now) else { return }
        placeOrder(r, calendar: &calendar)
    }
}
