import SimulationKernel

extension LuxurySimulation {
    /// An order joins order intake, which takes `ordersPerSecond` at most.
    mutating func placeOrder(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        reservations[Int(r)].state = .ordered
        counts.ordersPlaced += 1
        ordersPerSecond.record(at: now)
        series?.orders.add(1, at: now)
        reservations[Int(r)].queuedAt = now
        if orderIntake.admit(r) {
            calendar.schedule(.orderTaken(reservation: r), after: 1 / spec.checkout.ordersPerSecond)
        }
    }

    /// Intake has taken the order; the shopper now pays.
    mutating func orderTaken(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        if let next = orderIntake.releaseAndTakeNext() {
            reservations[Int(next)].checkoutWait += now - reservations[Int(next)].queuedAt
            calendar.schedule(.orderTaken(reservation: next), after: 1 / spec.checkout.ordersPerSecond)
        }
        calendar.schedule(.paymentSubmitted(reservation: r), after: spec.checkout.paymentTime.sample(using: streams.payment))
    }

    /// A payment joins processing, which answers `paymentsPerSecond` at most.
    mutating func enqueuePayment(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        reservations[Int(r)].queuedAt = calendar.now
        if paymentProcessing.admit(r) {
            calendar.schedule(.paymentProcessed(reservation: r), after: 1 / spec.checkout.paymentsPerSecond)
        }
    }

    /// Success sells the unit; a failure is retried, then the order is cancelled.
    mutating func paymentProcessed(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(r)
        if let next = paymentProcessing.releaseAndTakeNext() {
            reservations[Int(next)].checkoutWait += now - reservations[Int(next)].queuedAt
            calendar.schedule(.paymentProcessed(reservation: next), after: 1 / spec.checkout.paymentsPerSecond)
        }
        let product = Int(reservations[i].product)
        if streams.payment.uniform() < spec.checkout.paymentSuccess {
            reservations[i].state = .paid
            stock.commit(product)
            counts.ordersPaid += 1
            if reservations[i].live { counts.unitsSoldLive += 1 }
            let category = Int(catalogue.category[product])
            counts.unitsByCategory[category] += 1
            counts.revenueByCategory[category] += catalogue.price[product]
            counts.revenue += catalogue.price[product]
            if product >= catalogue.browsingCount, let look = catalogue.lookProducts.firstIndex(where: { $0.contains(product) }) {
                counts.unitsByLook[look] += 1
            }
            paymentsPerSecond.record(at: now)
            checkoutWait.record(reservations[i].checkoutWait)
            series?.sold.add(1, at: now)
            fulfil(r, calendar: &calendar)
        } else if Int(reservations[i].attempts) < spec.checkout.paymentRetries {
            counts.paymentFailures += 1
            reservations[i].attempts += 1
            calendar.schedule(.paymentSubmitted(reservation: r), after: spec.checkout.paymentTime.sample(using: streams.payment))
        } else {
            counts.paymentFailures += 1
            reservations[i].state = .cancelled
            stock.release(product)
            counts.ordersCancelled += 1
            noteStock(at: now)
        }
    }
}
