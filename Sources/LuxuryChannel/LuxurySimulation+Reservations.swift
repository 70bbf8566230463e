import SimulationKernel

extension LuxurySimulation {
    /// Holds the units of a basket whose first unit is `product`: the
    /// attempt's own numbers give the basket's size and its other units'
    /// products, from the same stock pool (the brand's browsing products by
    /// popularity, or the look's products). Each unit is held, substituted
    /// within the pool, or lost. Returns the basket's lines, or nil when no
    /// unit could be held.
    mutating func reserveBasket(first product: Int, entity: UInt64, live: Bool, at now: Double) -> (first: Int32, count: UInt8)? {
        let start = lines.count
        var size = 1
        var draws: RandomGenerator?
        if !singleUnit {
            let g = streams.basket.restart(entity: entity)
            size = Swift.max(1, Swift.min(Int(UInt8.max), Int(g.sample(spec.checkout.unitsPerOrder).rounded())))
            draws = g
        }
        let pool = Int(catalogue.pool[product])
        for line in 0..<size {
            let wanted = line == 0 ? product : otherUnit(in: pool, u: draws!.uniform())
            if let p = reserveUnit(of: wanted, entity: entity, line: line, live: live, at: now) { lines.append(p) }
        }
        let count = lines.count - start
        guard count > 0 else { return nil }
        counts.reservations += 1
        noteStock(at: now)
        return (Int32(start), UInt8(count))
    }

    /// A product of `pool` for a basket's further unit: by popularity within a brand, evenly within a look.
    func otherUnit(in pool: Int, u: Double) -> Int {
        let products = catalogue.poolProducts[pool]
        guard catalogue.look(ofPool: pool) == nil else {
            return products.lowerBound + Swift.min(products.count - 1, Int(u * Double(products.count)))
        }
        var total = 0.0
        for p in products { total += catalogue.weight[p] }
        var x = u * total
        for p in products {
            x -= catalogue.weight[p]
            if x < 0 { return p }
        }
        return products.upperBound - 1
    }

    /// Holds a unit of `product`, or of another product of its pool for the
    /// substituting share (decided by the attempt's own number for this
    /// line); returns the product held, or nil for a lost unit.
    mutating func reserveUnit(of product: Int, entity: UInt64, line: Int, live: Bool, at now: Double) -> Int32? {
        var p = product
        if !stock.reserve(p, at: now) {
            guard spec.catalogue.substitution > 0,
                  streams.substitution.restart(entity: entity, step: EntityStep.substitution(line: line)).uniform()
                      < spec.catalogue.substitution,
                  let other = substitute(for: product, at: now) else {
                counts.lostUnits += 1
                if live { counts.lostUnitsLive += 1 }
                counts.lostByCategory[Int(catalogue.category[product])] += 1
                counts.lostByPool[Int(catalogue.pool[product])] += 1
                return nil
            }
            p = other
            _ = stock.reserve(p, at: now)
            counts.substituted += 1
        }
        return Int32(p)
    }

    /// Another product of the same stock pool with a free unit, on sale at
    /// `now`: a brand's browsing products while its sale runs, or the look's
    /// other products (look demand never takes browsing stock, nor the reverse).
    func substitute(for product: Int, at now: Double) -> Int? {
        let pool = Int(catalogue.pool[product])
        let browsing = catalogue.look(ofPool: pool) == nil
        return catalogue.poolProducts[pool].first {
            $0 != product && stock.available($0) && (!browsing || saleIsOpen(for: $0, at: now))
        }
    }

    /// Puts every unit of `lines` back on sale.
    mutating func release(lines range: Range<Int>) {
        for l in range { stock.release(Int(lines[l])) }
    }

    /// A shopper puts `product` in the cart: its basket is held until the
    /// cart is ordered (for carts that order within the hold window) or the hold ends.
    mutating func addToCart(_ product: Int, entity: UInt64, orders: Bool, source: DemandSource,
                            calendar: inout EventCalendar<LuxuryEvent>) {
        guard let basket = reserveBasket(first: product, entity: entity, live: false, at: calendar.now) else { return }
        carts.append(CartHold(entity: entity, firstLine: basket.first, lineCount: basket.count, source: source))
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

    /// A cart's hold window ends unordered: its units go back on sale.
    mutating func holdEnds(_ h: Int32, at now: Double) {
        let i = Int(h)
        guard carts[i].state == .held else { return }
        carts[i].state = .expired
        release(lines: Int(carts[i].firstLine)..<Int(carts[i].firstLine) + Int(carts[i].lineCount))
        counts.expired += 1
        noteStock(at: now)
    }

    /// A cart is ordered: its units pass to a new order.
    mutating func orderPlaced(_ h: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let cart = carts[Int(h)]
        guard cart.state == .held else { return }
        carts[Int(h)].state = .ordered
        placeOrder(Order(entity: cart.entity, firstLine: cart.firstLine, lineCount: cart.lineCount, source: cart.source),
                   calendar: &calendar)
    }

    /// A shopper buys `product` at once, from browsing or the show.
    mutating func buyNow(_ product: Int, entity: UInt64, source: DemandSource, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let basket = reserveBasket(first: product, entity: entity, live: source == .show, at: calendar.now) else { return }
        placeOrder(Order(entity: entity, firstLine: basket.first, lineCount: basket.count, source: source), calendar: &calendar)
    }
}
