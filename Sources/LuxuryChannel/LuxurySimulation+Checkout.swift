import SimulationKernel

extension LuxurySimulation {
    /// A new order of a held unit joins order intake, which takes `ordersPerSecond` at most.
    mutating func placeOrder(of product: Int32, entity: UInt64, live: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        orders.append(Order(entity: entity, product: product, live: live))
        let o = Int32(orders.count - 1)
        counts.ordersPlaced += 1
        ordersPerSecond.record(at: now)
        series?.orders.add(1, at: now)
        orders[Int(o)].queuedAt = now
        if orderIntake.admit(o) {
            calendar.schedule(.orderTaken(order: o), after: 1 / spec.checkout.ordersPerSecond)
        }
    }

    /// Intake has taken the order; the shopper now pays.
    mutating func orderTaken(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        if let next = orderIntake.releaseAndTakeNext() {
            orders[Int(next)].checkoutWait += now - orders[Int(next)].queuedAt
            calendar.schedule(.orderTaken(order: next), after: 1 / spec.checkout.ordersPerSecond)
        }
        submitPayment(o, calendar: &calendar)
    }

    /// The shopper submits the order's next payment attempt after the payment
    /// time; the attempt's time and outcome are the order's own random numbers
    /// for that attempt, so a scenario with another success rate or other
    /// queues gives the same attempt the same fate.
    mutating func submitPayment(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        let attempt = streams.payment.restart(entity: orders[i].entity, step: UInt64(orders[i].attempts))
        let seconds = attempt.sample(spec.checkout.paymentTime)
        orders[i].paymentSucceeds = attempt.uniform() < spec.checkout.paymentSuccess
        calendar.schedule(.paymentSubmitted(order: o), after: seconds)
    }

    /// A payment joins processing, which answers `paymentsPerSecond` at most.
    mutating func enqueuePayment(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        orders[Int(o)].queuedAt = calendar.now
        if paymentProcessing.admit(o) {
            calendar.schedule(.paymentProcessed(order: o), after: 1 / spec.checkout.paymentsPerSecond)
        }
    }

    /// Success sells the unit; a failure is retried, then the order is cancelled.
    mutating func paymentProcessed(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(o)
        if let next = paymentProcessing.releaseAndTakeNext() {
            orders[Int(next)].checkoutWait += now - orders[Int(next)].queuedAt
            calendar.schedule(.paymentProcessed(order: next), after: 1 / spec.checkout.paymentsPerSecond)
        }
        let product = Int(orders[i].product)
        if orders[i].paymentSucceeds {
            orders[i].state = .paid
            stock.commit(product)
            counts.ordersPaid += 1
            if orders[i].live { counts.unitsSoldLive += 1 }
            let category = Int(catalogue.category[product])
            counts.unitsByCategory[category] += 1
            counts.revenueByCategory[category] += catalogue.price[product]
            counts.revenue += catalogue.price[product]
            if product >= catalogue.browsingCount, let look = catalogue.lookProducts.firstIndex(where: { $0.contains(product) }) {
                counts.unitsByLook[look] += 1
            }
            paymentsPerSecond.record(at: now)
            checkoutWait.record(orders[i].checkoutWait)
            series?.sold.add(1, at: now)
            fulfil(o, calendar: &calendar)
        } else if Int(orders[i].attempts) < spec.checkout.paymentRetries {
            counts.paymentFailures += 1
            orders[i].attempts += 1
            submitPayment(o, calendar: &calendar)
        } else {
            counts.paymentFailures += 1
            orders[i].state = .cancelled
            stock.release(product)
            counts.ordersCancelled += 1
            noteStock(at: now)
        }
    }
}
