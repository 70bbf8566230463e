import SimulationKernel

extension LuxurySimulation {
    /// Every metric of the catalogue, in its order, and the breakdown table, at the end of the run (`now`).
    func observations(at now: Double) -> Observations {
        var o = Observations()
        let c = counts
        let held = carts.reduce(0) { $0 + ($1.state == .held ? 1 : 0) }
        let inCheckout = orders.reduce(0) { $0 + ($1.state == .inCheckout ? 1 : 0) }
        let visits = c.channelVisitors + c.showVisitors
        o.record("visitors.app", Double(c.channelVisitors + c.otherVisitors))
        o.record("visitors.channel", Double(visits))
        o.record("visitors.other", Double(c.otherVisitors))
        if spec.shows.contains(where: { $0.browsing != nil }) { o.record("visitors.from_show", Double(c.showVisitors)) }
        o.record("visitors.conversion", Self.share(c.browsingOrdersPaid, of: visits))
        o.record("show.viewers", Double(c.viewers))
        o.record("show.peak_concurrent", viewers.maximum)
        if spec.shows.count > 1 {
            for (s, show) in spec.shows.enumerated() {
                let sold = catalogue.lookShow.indices.reduce(0) { $0 + (catalogue.lookShow[$1] == s ? lookSold($1) : 0) }
                o.record("show.\(show.name).viewers", Double(audiences[s].joined))
                o.record("show.\(show.name).peak_concurrent", audiences[s].watching.maximum)
                o.record("show.\(show.name).units_sold", Double(sold))
            }
        }
        o.record("carts.created", Double(c.carts))
        o.record("reservations.created", Double(c.reservations))
        o.record("reservations.expired", Double(c.expired))
        o.record("reservations.expired_share", Self.share(c.expired + c.ordersTimedOut, of: c.reservations))
        o.record("reservations.open", Double(held + inCheckout))
        o.record("orders.in_checkout", Double(inCheckout))
        o.record("orders.placed", Double(c.ordersPlaced))
        o.record("orders.paid", Double(c.ordersPaid))
        o.record("orders.paid_live", Double(c.liveOrdersPaid))
        o.record("orders.cancelled", Double(c.ordersCancelled))
        o.record("orders.timed_out", Double(c.ordersTimedOut))
        o.record("orders.abandoned", Double(c.ordersAbandoned))
        o.record("orders.units_mean", c.ordersPaid > 0 ? Double(c.unitsSold) / Double(c.ordersPaid) : .nan)
        o.record("orders.value_mean", c.ordersPaid > 0 ? c.revenue / Double(c.ordersPaid) : .nan)
        o.record("units.sold", Double(c.unitsSold))
        o.record("units.sold_live", Double(c.unitsSoldLive))
        o.record("sales.lost_units", Double(c.lostUnits))
        o.record("sales.lost_units_live", Double(c.lostUnitsLive))
        o.record("sales.lost_units_checkout", Double(c.lostUnitsCheckout))
        o.record("sales.substituted_units", Double(c.substituted))
        o.record("revenue.rmb", c.revenue)
        recordStock(into: &o)
        recordOperations(into: &o, at: now)
        o.breakdowns = [brandBreakdown()]
        return o
    }

    /// Stock, checkout, categories and looks.
    func recordStock(into o: inout Observations) {
        let c = counts
        o.record("stock.units", Double(stock.initialUnits))
        o.record("stock.units_on_hand", Double(stock.unitsOnHand))
        o.record("stock.sell_through", Self.share(c.unitsSold, of: stock.initialUnits + stock.restockedUnits))
        let browsing = 0..<catalogue.channelBrands
        let browsingSold = browsing.reduce(0) { $0 + c.soldByPool[$1] }
        let browsingStock = catalogue.stock[0..<catalogue.browsingCount].reduce(0) { $0 + Int($1) }
        let browsingRestocked = browsing.reduce(0) { $0 + c.restockedByPool[$1] }
        o.record("stock.sell_through_browsing", Self.share(browsingSold, of: browsingStock + browsingRestocked))
        o.record("stock.reserved_peak", Double(stock.peakReserved))
        o.record("checkout.orders_per_s_peak", Double(ordersPerSecond.peak))
        o.record("checkout.payments_per_s_peak", Double(paymentsPerSecond.peak))
        o.record("checkout.wait_p95", checkoutWait.quantile(0.95))
        o.record("checkout.payment_failures", Double(c.paymentFailures))
        let categories = spec.catalogue.categories.count
        var stockBy = Array(repeating: 0, count: categories)
        var soldOutBy = Array(repeating: 0, count: categories)
        for p in catalogue.stock.indices {
            let k = Int(catalogue.category[p])
            stockBy[k] += Int(catalogue.stock[p])
            if stock.everSoldOut[p] { soldOutBy[k] += 1 }
        }
        var restockedBy = Array(repeating: 0, count: categories)
        for pool in catalogue.poolProducts.indices where c.restockedByPool[pool] > 0 {
            restockedBy[Int(catalogue.category[catalogue.poolProducts[pool].lowerBound])] += c.restockedByPool[pool]
        }
        for (k, category) in spec.catalogue.categories.enumerated() {
            o.record("units.sold.\(category.name)", Double(c.unitsByCategory[k]))
            o.record("revenue.rmb.\(category.name)", c.revenueByCategory[k])
            o.record("sales.lost_units.\(category.name)", Double(c.lostByCategory[k]))
            o.record("stock.units.\(category.name)", Double(stockBy[k]))
            o.record("stock.sell_through.\(category.name)", Self.share(c.unitsByCategory[k], of: stockBy[k] + restockedBy[k]))
            o.record("stock.products_sold_out.\(category.name)", Double(soldOutBy[k]))
        }
        let looks = catalogue.lookProducts.count
        if looks > 0 {
            let pools = (0..<looks).map { catalogue.channelBrands + $0 }
            o.record("show.looks_sold_out", Double(pools.filter { stock.poolSoldOutAt[$0].isFinite }.count))
            for look in 0..<looks {
                let label = LuxuryChannelSpec.lookLabel(look + 1, of: looks)
                let soldOut = stock.poolSoldOutAt[pools[look]]
                o.record("show.look_\(label).units_sold", Double(lookSold(look)))
                o.record("show.look_\(label).sold_out_at", soldOut.isFinite ? max(0, soldOut - lookWalks[look]) : .nan)
            }
        }
    }

    /// Units sold of look `look`.
    func lookSold(_ look: Int) -> Int { counts.soldByPool[catalogue.channelBrands + look] }

    /// The per-brand table: browsing units sold and lost, stock, sell-through, sell-out time and revenue.
    func brandBreakdown() -> Observations.Breakdown {
        let brands = 0..<catalogue.channelBrands
        let c = counts
        let stockOf = brands.map { b in catalogue.poolProducts[b].reduce(0) { $0 + Int(catalogue.stock[$1]) } }
        let brandCount = Double(max(1, catalogue.channelBrands))
        return Observations.Breakdown("breakdowns", columns: [
            brands.map { Double(c.soldByPool[$0]) },
            brands.map { Double(c.lostByPool[$0]) },
            brands.map { Double(stockOf[$0]) },
            brands.map { Self.share(c.soldByPool[$0], of: stockOf[$0] + c.restockedByPool[$0]) },
            brands.map { b in
                let at = stock.poolSoldOutAt[b]
                let opens = saleOpens + spec.catalogue.saleStagger * (Double(b) + 0.5) / brandCount
                return at.isFinite ? max(0, at - opens) : .nan
            },
            brands.map { c.revenueByPool[$0] },
        ])
    }

    /// The fulfilment, returns and care metrics.
    func recordOperations(into o: inout Observations, at now: Double) {
        if let f = spec.fulfilment {
            let outcomes = FulfilmentOutcomes(orders: orders, trucks: trucks!, fulfilment: f, end: now)
            o.record("orders.shipped", Double(shipping.shipped))
            o.record("orders.unshipped_end", Double(outcomes.unshipped))
            o.record("deliveries.pending_end", Double(outcomes.undelivered))
            o.record("warehouse.backlog_peak", floor!.backlog.maximum)
            o.record("ship.on_cutoff_share", FulfilmentOutcomes.share(outcomes.onCutoff, of: outcomes.cutoffDecided))
            o.record("ship.order_to_ship_p50", outcomes.orderToShip.quantile(0.5))
            o.record("ship.order_to_ship_p95", outcomes.orderToShip.quantile(0.95))
            o.record("delivery.order_to_door_p50", outcomes.orderToDoor.quantile(0.5))
            o.record("delivery.order_to_door_p95", outcomes.orderToDoor.quantile(0.95))
            o.record("delivery.on_time_share", FulfilmentOutcomes.share(outcomes.onTime, of: outcomes.deliveryDecided))
            for (k, tier) in f.tiers.enumerated() {
                o.record("delivery.order_to_door_p95.\(tier.name)", outcomes.orderToDoorByTier[k].quantile(0.95))
            }
            for (w, warehouse) in f.warehouses.enumerated() {
                o.record("warehouse.\(warehouse.name).pick_utilization", floor!.pickers[w].utilization(at: now))
                o.record("warehouse.\(warehouse.name).pick_utilization_horizon", floor!.pickers[w].utilizationAtHorizon)
                o.record("warehouse.\(warehouse.name).pack_utilization", floor!.packers[w].utilization(at: now))
                o.record("warehouse.\(warehouse.name).pack_utilization_horizon", floor!.packers[w].utilizationAtHorizon)
            }
        }
        if spec.returns != nil {
            o.record("returns.units", Double(shipping.returned))
            o.record("returns.processed", Double(shipping.returnsProcessed))
            o.record("returns.restocked", Double(shipping.restocked))
            o.record("returns.pending_end", Double(shipping.returnsInTransit + shipping.returned - shipping.returnsProcessed))
            o.record("units.kept", Double(counts.unitsSold - shipping.returned))
            o.record("revenue.rmb_net", counts.revenue - counts.refunded)
        }
        if spec.care != nil {
            let waiting = careDesk!.contacts.reduce(0) { $0 + ($1.state == .waiting ? 1 : 0) }
            let pending = careDesk!.contacts.reduce(0) { $0 + ($1.isPending ? 1 : 0) }
            let decided = careDesk!.answered + careDesk!.abandoned
            o.record("care.contacts", Double(careDesk!.toAgents))
            o.record("care.bot_contained", Double(careDesk!.botContained))
            let arrived = careDesk!.toAgents + careDesk!.botContained
            o.record("care.contacts_per_order", counts.ordersPaid > 0 ? Double(arrived) / Double(counts.ordersPaid) : .nan)
            o.record("care.answered", Double(careDesk!.answered))
            o.record("care.abandoned", Double(careDesk!.abandoned))
            o.record("care.waiting", Double(waiting))
            o.record("care.pending_end", Double(pending))
            o.record("care.wait_p90", careDesk!.wait.quantile(0.9))
            o.record("care.service_level", Self.share(careDesk!.answeredInTarget, of: decided))
            o.record("care.agent_utilization", careDesk!.slots.utilization(at: now))
            o.record("care.agent_utilization_horizon", careDesk!.slots.utilizationAtHorizon)
        }
    }

    /// `part ÷ whole`, NaN over nothing.
    static func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : .nan }
}
