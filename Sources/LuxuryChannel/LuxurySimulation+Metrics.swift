import SimulationKernel

extension LuxurySimulation {
    func observations(at now: Double) -> Observations {
        var o = Observations()
        let c = counts
        let initialUnits = Double(stock.initialUnits)
        let held = reservations.reduce(0) { $0 + ($1.state == .held ? 1 : 0) }
        let inCheckout = reservations.reduce(0) { $0 + ($1.state == .ordered ? 1 : 0) }
        o.record("visitors.app", Double(c.channelVisitors + c.otherVisitors), unit: "visitors")
        o.record("visitors.channel", Double(c.channelVisitors), unit: "visitors")
        o.record("visitors.other", Double(c.otherVisitors), unit: "visitors")
        o.record("show.viewers", Double(c.viewers), unit: "viewers")
        o.record("show.peak_concurrent", viewers.maximum, unit: "viewers")
        if spec.shows.count > 1 {
            for (s, show) in spec.shows.enumerated() {
                let sold = c.unitsByLook.indices.reduce(0) { $0 + (catalogue.lookShow[$1] == s ? c.unitsByLook[$1] : 0) }
                o.record("show.\(show.name).viewers", Double(audiences[s].joined), unit: "viewers")
                o.record("show.\(show.name).peak_concurrent", audiences[s].watching.maximum, unit: "viewers")
                o.record("show.\(show.name).units_sold", Double(sold), unit: "units")
            }
        }
        o.record("carts.created", Double(c.carts), unit: "carts")
        o.record("reservations.created", Double(c.reservations), unit: "reservations")
        o.record("reservations.expired", Double(c.expired), unit: "reservations")
        o.record("reservations.open", Double(held + inCheckout), unit: "reservations")
        o.record("orders.in_checkout", Double(inCheckout), unit: "orders")
        o.record("orders.placed", Double(c.ordersPlaced), unit: "orders")
        o.record("orders.paid", Double(c.ordersPaid), unit: "orders")
        o.record("orders.cancelled", Double(c.ordersCancelled), unit: "orders")
        o.record("units.sold", Double(c.ordersPaid), unit: "units")
        o.record("units.sold_live", Double(c.unitsSoldLive), unit: "units")
        o.record("sales.lost_units", Double(c.lostUnits), unit: "units")
        o.record("sales.lost_units_live", Double(c.lostUnitsLive), unit: "units")
        o.record("sales.substituted_units", Double(c.substituted), unit: "units")
        o.record("revenue.rmb", c.revenue, unit: "RMB")
        o.record("stock.units", initialUnits, unit: "units")
        o.record("stock.units_on_hand", Double(stock.unitsOnHand), unit: "units")
        o.record("stock.sell_through", initialUnits > 0 ? Double(c.ordersPaid) / initialUnits : 0, unit: "fraction")
        o.record("stock.reserved_peak", Double(stock.peakReserved), unit: "units")
        o.record("checkout.orders_per_s_peak", Double(ordersPerSecond.peak), unit: "orders/s")
        o.record("checkout.payments_per_s_peak", Double(paymentsPerSecond.peak), unit: "payments/s")
        o.record("checkout.wait_p95", checkoutWait.quantile(0.95), unit: "s")
        o.record("checkout.payment_failures", Double(c.paymentFailures), unit: "attempts")
        for (k, category) in spec.catalogue.categories.enumerated() {
            o.record("units.sold.\(category.name)", Double(c.unitsByCategory[k]), unit: "units")
            o.record("revenue.rmb.\(category.name)", c.revenueByCategory[k], unit: "RMB")
        }
        if !catalogue.lookProducts.isEmpty {
            let soldOut = catalogue.lookProducts.filter { $0.allSatisfy { !stock.available($0) } }.count
            o.record("show.looks_sold_out", Double(soldOut), unit: "looks")
            let width = String(catalogue.lookProducts.count).count
            for (k, n) in c.unitsByLook.enumerated() {
                let label = String(repeating: "0", count: width - String(k + 1).count) + String(k + 1)
                o.record("show.look_\(label).units_sold", Double(n), unit: "units")
            }
        }
        recordOperations(into: &o, at: now)
        return o
    }

    func recordOperations(into o: inout Observations, at now: Double) {
        if let f = spec.fulfilment {
            let shipped = Double(ops.shipped)
            o.record("orders.shipped", shipped, unit: "orders")
            o.record("warehouse.backlog", ops.backlog.value, unit: "orders")
            o.record("warehouse.backlog_peak", ops.backlog.maximum, unit: "orders")
            o.record("ship.on_cutoff_share", shipped > 0 ? Double(ops.shippedOnCutoff) / shipped : 0, unit: "fraction")
            o.record("ship.order_to_ship_p50", ops.orderToShip.quantile(0.5), unit: "s")
            o.record("ship.order_to_ship_p95", ops.orderToShip.quantile(0.95), unit: "s")
            o.record("delivery.order_to_door_p50", ops.orderToDoor.quantile(0.5), unit: "s")
            o.record("delivery.order_to_door_p95", ops.orderToDoor.quantile(0.95), unit: "s")
            o.record("delivery.on_time_share", shipped > 0 ? Double(ops.onTime) / shipped : 0, unit: "fraction")
            for (k, tier) in f.tiers.enumerated() {
                o.record("delivery.order_to_door_p95.\(tier.name)", ops.orderToDoorByTier[k].quantile(0.95), unit: "s")
            }
            for (w, warehouse) in f.warehouses.enumerated() {
                o.record("warehouse.\(warehouse.name).pick_utilization", ops.stations[2 * w].utilization(at: now), unit: "fraction")
                o.record("warehouse.\(warehouse.name).pack_utilization", ops.stations[2 * w + 1].utilization(at: now), unit: "fraction")
            }
        }
        if spec.returns != nil {
            o.record("returns.units", Double(ops.returned), unit: "units")
            o.record("returns.processed", Double(ops.returnsProcessed), unit: "units")
            o.record("returns.restocked", Double(ops.restocked), unit: "units")
        }
        if spec.care != nil {
            let waiting = ops.contacts.reduce(0) { $0 + ($1.waiting ? 1 : 0) }
            let decided = Double(ops.answered + ops.abandoned)
            o.record("care.contacts", Double(ops.contactsToAgents), unit: "contacts")
            o.record("care.bot_contained", Double(ops.botContained), unit: "contacts")
            o.record("care.answered", Double(ops.answered), unit: "contacts")
            o.record("care.abandoned", Double(ops.abandoned), unit: "contacts")
            o.record("care.waiting", Double(waiting), unit: "contacts")
            o.record("care.wait_p90", ops.careWait.quantile(0.9), unit: "s")
            o.record("care.service_level", decided > 0 ? Double(ops.answeredInTarget) / decided : 1, unit: "fraction")
            o.record("care.agent_utilization", ops.stations[ops.careStation].utilization(at: now), unit: "fraction")
        }
    }
}
