import SimulationKernel

extension LuxurySimulation {
    /// Every metric of the catalogue, in its order, at the end of the run (`now`).
    func observations(at now: Double) -> Observations {
        var o = Observations()
        let c = counts
        let initialUnits = Double(stock.initialUnits)
        let held = carts.reduce(0) { $0 + ($1.state == .held ? 1 : 0) }
        let inCheckout = orders.reduce(0) { $0 + ($1.state == .inCheckout ? 1 : 0) }
        o.record("visitors.app", Double(c.channelVisitors + c.otherVisitors))
        o.record("visitors.channel", Double(c.channelVisitors))
        o.record("visitors.other", Double(c.otherVisitors))
        o.record("show.viewers", Double(c.viewers))
        o.record("show.peak_concurrent", viewers.maximum)
        if spec.shows.count > 1 {
            for (s, show) in spec.shows.enumerated() {
                let sold = c.unitsByLook.indices.reduce(0) { $0 + (catalogue.lookShow[$1] == s ? c.unitsByLook[$1] : 0) }
                o.record("show.\(show.name).viewers", Double(audiences[s].joined))
                o.record("show.\(show.name).peak_concurrent", audiences[s].watching.maximum)
                o.record("show.\(show.name).units_sold", Double(sold))
            }
        }
        o.record("carts.created", Double(c.carts))
        o.record("reservations.created", Double(c.reservations))
        o.record("reservations.expired", Double(c.expired))
        o.record("reservations.open", Double(held + inCheckout))
        o.record("orders.in_checkout", Double(inCheckout))
        o.record("orders.placed", Double(c.ordersPlaced))
        o.record("orders.paid", Double(c.ordersPaid))
        o.record("orders.cancelled", Double(c.ordersCancelled))
        o.record("units.sold", Double(c.ordersPaid))
        o.record("units.sold_live", Double(c.unitsSoldLive))
        o.record("sales.lost_units", Double(c.lostUnits))
        o.record("sales.lost_units_live", Double(c.lostUnitsLive))
        o.record("sales.substituted_units", Double(c.substituted))
        o.record("revenue.rmb", c.revenue)
        o.record("stock.units", initialUnits)
        o.record("stock.units_on_hand", Double(stock.unitsOnHand))
        o.record("stock.sell_through", initialUnits > 0 ? Double(c.ordersPaid) / initialUnits : .nan)
        o.record("stock.reserved_peak", Double(stock.peakReserved))
        o.record("checkout.orders_per_s_peak", Double(ordersPerSecond.peak))
        o.record("checkout.payments_per_s_peak", Double(paymentsPerSecond.peak))
        o.record("checkout.wait_p95", checkoutWait.quantile(0.95))
        o.record("checkout.payment_failures", Double(c.paymentFailures))
        for (k, category) in spec.catalogue.categories.enumerated() {
            o.record("units.sold.\(category.name)", Double(c.unitsByCategory[k]))
            o.record("revenue.rmb.\(category.name)", c.revenueByCategory[k])
        }
        if !catalogue.lookProducts.isEmpty {
            let soldOut = catalogue.lookProducts.filter { $0.allSatisfy { !stock.available($0) } }.count
            o.record("show.looks_sold_out", Double(soldOut))
            let width = String(catalogue.lookProducts.count).count
            for (k, n) in c.unitsByLook.enumerated() {
                let label = String(repeating: "0", count: width - String(k + 1).count) + String(k + 1)
                o.record("show.look_\(label).units_sold", Double(n))
            }
        }
        recordOperations(into: &o, at: now)
        return o
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
                o.record("warehouse.\(warehouse.name).pack_utilization", floor!.packers[w].utilization(at: now))
            }
        }
        if spec.returns != nil {
            o.record("returns.units", Double(shipping.returned))
            o.record("returns.processed", Double(shipping.returnsProcessed))
            o.record("returns.restocked", Double(shipping.restocked))
            o.record("returns.pending_end", Double(shipping.returnsInTransit + shipping.returned - shipping.returnsProcessed))
        }
        if spec.care != nil {
            let waiting = careDesk!.contacts.reduce(0) { $0 + ($1.state == .waiting ? 1 : 0) }
            let pending = careDesk!.contacts.reduce(0) { $0 + ($1.isPending ? 1 : 0) }
            let decided = Double(careDesk!.answered + careDesk!.abandoned)
            o.record("care.contacts", Double(careDesk!.toAgents))
            o.record("care.bot_contained", Double(careDesk!.botContained))
            o.record("care.answered", Double(careDesk!.answered))
            o.record("care.abandoned", Double(careDesk!.abandoned))
            o.record("care.waiting", Double(waiting))
            o.record("care.pending_end", Double(pending))
            o.record("care.wait_p90", careDesk!.wait.quantile(0.9))
            o.record("care.service_level", decided > 0 ? Double(careDesk!.answeredInTarget) / decided : .nan)
            o.record("care.agent_utilization", careDesk!.slots.utilization(at: now))
        }
    }
}
