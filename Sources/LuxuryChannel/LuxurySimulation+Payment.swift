import SimulationKernel

extension LuxurySimulation {
    /// Order `o` is paid at `now`: its units are sold, counted by category,
    /// stock pool (brand or look) and source, and its revenue is earned.
    mutating func pay(_ o: Int32, at now: Double) {
        let i = Int(o)
        orders[i].state = .paid
        orders[i].paidAt = now
        let units = Int(orders[i].lineCount)
        for l in orders[i].lines {
            let product = Int(lines[l])
            stock.commit(product)
            let category = Int(catalogue.category[product])
            counts.unitsByCategory[category] += 1
            counts.revenueByCategory[category] += catalogue.price[product]
            counts.revenue += catalogue.price[product]
            counts.soldByPool[Int(catalogue.pool[product])] += 1
            counts.revenueByPool[Int(catalogue.pool[product])] += catalogue.price[product]
        }
        counts.ordersPaid += 1
        counts.unitsSold += units
        if orders[i].live {
            counts.unitsSoldLive += units
            counts.liveOrdersPaid += 1
        } else {
            counts.browsingOrdersPaid += 1
        }
        paymentsPerSecond.record(at: now)
        checkoutWait.record(orders[i].checkoutWait)
        series?.sold.add(Double(units), at: now)
        series?.payments.add(1, at: now)
        noteStock(at: now)
    }
}
