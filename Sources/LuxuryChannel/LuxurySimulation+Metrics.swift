import SimulationKernel

extension LuxurySimulation {
    func observations(at now: Double) -> Observations {
        var o = Observations()
        let c = counts
        let initialUnits = Double(stock.initialUnits)
        let open = reservations.reduce(0) { $0 + (($1.state == .held || $1.state == .ordered) ? 1 : 0) }
        o.record("visitors.app", Double(c.channelVisitors + c.otherVisitors), unit: "visitors")
        o.record("visitors.channel", Double(c.channelVisitors), unit: "visitors")
        o.record("show.viewers", Double(c.viewers), unit: "viewers")
        o.record("show.peak_concurrent", viewers.maximum, unit: "viewers")
        o.record("carts.created", Double(c.carts), unit: "carts")
        o.record("reservations.created", Double(c.reservations), unit: "reservations")
        o.record("reservations.expired", Double(c.expired), unit: "reservations")
        o.record("reservations.open", Double(open), unit: "reservations")
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
        return o
    }
}
