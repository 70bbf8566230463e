import SimulationKernel

extension LuxurySimulation {
    /// A channel visit: product views (Poisson), each adding to cart, buying
    /// at once, or neither, at a moment within the session (`session-length`).
    mutating func browse(segment s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        counts.channelVisitors += 1
        let segment = spec.traffic.segments[s]
        guard catalogue.browsingCount > 0 else { return }
        let views = streams.browsing.poisson(mean: segment.viewsPerVisit)
        let now = calendar.now
        for _ in 0..<views {
            let u = streams.browsing.uniform()
            guard u < segment.cartPerView + segment.buyPerView else { continue }
            let attempt = browsingAttempts
            browsingAttempts &+= 1
            let product = Int32(min(catalogue.browsingCount - 1, Int(streams.browsing.uniform() * Double(catalogue.browsingCount))))
            let at = now + streams.browsing.uniform() * spec.traffic.sessionLength
            guard saleIsOpen(for: Int(product), at: at) else { continue }
            if u < segment.cartPerView {
                let orders = streams.browsing.uniform() < segment.orderPerCart
                calendar.schedule(.addToCart(product: product, attempt: attempt, orders: orders), at: at)
            } else {
                calendar.schedule(.buyNow(product: product, attempt: attempt, live: false), at: at)
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

    /// Records the units free to sell at `now` in the stock series.
    mutating func noteStock(at now: Double) {
        guard series != nil else { return }
        series?.stock.set(Double(stock.initialUnits + stock.restockedUnits - counts.ordersPaid - stock.totalReserved), at: now)
    }

    /// Holds a unit of `product`, or of another product of its brand for the
    /// substituting share (decided by attempt `entity`'s own number); returns
    /// the product held, or nil for a lost sale.
    mutating func reserveUnit(of product: Int, entity: UInt64, live: Bool, at now: Double) -> Int32? {
        var p = product
        if !stock.reserve(p) {
            guard streams.substitution.restart(entity: entity).uniform() < spec.catalogue.substitution,
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
        noteStock(at: now)
        return Int32(p)
    }

    /// A product of the same brand with a free unit.
    func substitute(for product: Int) -> Int? {
        let brand = Int(catalogue.brand[product])
        guard brand < catalogue.brandProducts.count else { return nil }
        return catalogue.brandProducts[brand].first { $0 != product && stock.available($0) }
    }

    /// A shopper puts `product` in the cart: a unit is held until the cart is
    /// ordered (for carts that order within the hold window) or the hold ends.
    mutating func addToCart(_ product: Int, entity: UInt64, orders: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let p = reserveUnit(of: product, entity: entity, live: false, at: calendar.now) else { return }
        carts.append(CartHold(entity: entity, product: p))
        let h = Int32(carts.count - 1)
        counts.carts += 1
        let hold = spec.checkout.hold
        if orders {
            let delay = streams.checkout.restart(entity: entity).sample(spec.checkout.timeToOrder)
            if delay < hold {
                calendar.schedule(.orderPlaced(cart: h), after: delay)
                return
            }
        }
        calendar.schedule(.holdEnds(cart: h), after: hold)
    }

    /// A cart's hold window ends unordered: its unit goes back on sale.
    mutating func holdEnds(_ h: Int32, at now: Double) {
        guard carts[Int(h)].state == .held else { return }
        carts[Int(h)].state = .expired
        stock.release(Int(carts[Int(h)].product))
        counts.expired += 1
        noteStock(at: now)
    }

    /// A cart is ordered: its unit passes to a new order.
    mutating func orderPlaced(_ h: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard carts[Int(h)].state == .held else { return }
        carts[Int(h)].state = .ordered
        placeOrder(of: carts[Int(h)].product, entity: carts[Int(h)].entity, live: false, calendar: &calendar)
    }

    /// A shopper buys `product` at once, from browsing or (`live`) the show.
    mutating func buyNow(_ product: Int, entity: UInt64, live: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let p = reserveUnit(of: product, entity: entity, live: live, at: calendar.now) else { return }
        placeOrder(of: p, entity: entity, live: live, calendar: &calendar)
    }
}
