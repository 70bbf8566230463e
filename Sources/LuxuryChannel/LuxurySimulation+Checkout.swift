import SimulationKernel

/// Checkout: order intake and payment processing are single FIFO queues
/// serving `orders-per-second` and `payments-per-second`; between them the
/// shopper pays. An order holds its units until it is paid, or released:
/// cancelled after failed payments, timed out when the payment window ends
/// unpaid, or abandoned when the shopper's patience in a queue runs out.
extension LuxurySimulation {
    /// A new order joins order intake; its payment window starts.
    mutating func placeOrder(_ order: Order, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        orders.append(order)
        let o = Int32(orders.count - 1)
        counts.ordersPlaced += 1
        ordersPerSecond.record(at: now)
        series?.orders.add(1, at: now)
        let window = spec.checkout.paymentWindow
        if window.isFinite {
            orders[Int(o)].deadline = now + window
            calendar.schedule(.paymentWindowEnds(order: o), after: window)
        }
        join(.intakeQueue, o, calendar: &calendar)
    }

    /// The order joins the intake or the payment queue: served at once when
    /// the server is free, else it waits (and may give up).
    mutating func join(_ step: Order.Step, _ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        let now = calendar.now
        orders[i].queuedAt = now
        let intake = step == .intakeQueue
        let admitted = intake ? orderIntake.admit(o) : paymentProcessing.admit(o)
        if admitted {
            start(intake ? .intake : .processing, o, calendar: &calendar)
            return
        }
        orders[i].step = step
        orders[i].visit &+= 1
        if let patience = spec.checkout.patience {
            let draws = streams.checkout.restart(entity: orders[i].entity, step: EntityStep.patience(visit: Int(orders[i].visit)))
            calendar.schedule(.checkoutGivesUp(order: o, visit: orders[i].visit), after: draws.sample(patience))
        }
    }

    /// Intake or processing starts on the order.
    mutating func start(_ step: Order.Step, _ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        orders[i].step = step
        orders[i].checkoutWait += calendar.now - orders[i].queuedAt
        if step == .intake {
            calendar.schedule(.orderTaken(order: o), after: 1 / spec.checkout.ordersPerSecond)
        } else {
            calendar.schedule(.paymentProcessed(order: o), after: 1 / spec.checkout.paymentsPerSecond)
        }
    }

    /// The next order still waiting in intake's (or processing's) line, skipping those that left it.
    mutating func serveNext(intake: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        while intake ? orderIntake.canServeFromLine : paymentProcessing.canServeFromLine {
            guard let next = intake ? orderIntake.popLine() : paymentProcessing.popLine() else { return }
            let waiting = orders[Int(next)].state == .inCheckout && orders[Int(next)].step == (intake ? .intakeQueue : .paymentQueue)
            guard waiting else { continue }
            if intake { orderIntake.serveFromLine() } else { paymentProcessing.serveFromLine() }
            start(intake ? .intake : .processing, next, calendar: &calendar)
        }
    }

    /// Intake has taken the order; the shopper now pays.
    mutating func orderTaken(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        orderIntake.release()
        serveNext(intake: true, calendar: &calendar)
        submitPayment(o, calendar: &calendar)
    }

    /// The shopper submits the order's next payment attempt after the payment
    /// time — unless the window has ended, or the shopper never pays (then
    /// the units stay held until the window ends). The attempt's time and
    /// outcome, and whether the shopper pays at all, are the order's own
    /// random numbers, so another success rate or other queues give the same
    /// attempt the same fate.
    mutating func submitPayment(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        let now = calendar.now
        orders[i].step = .paying
        guard now < orders[i].deadline else { return timeOut(o, at: now) }
        let checkout = spec.checkout
        if orders[i].attempts == 0 && checkout.paymentAbandonment > 0
            && streams.payment.restart(entity: orders[i].entity, step: EntityStep.abandonsPayment).uniform() < checkout.paymentAbandonment {
            return
        }
        let attempt = streams.payment.restart(entity: orders[i].entity, step: UInt64(orders[i].attempts))
        let seconds = attempt.sample(checkout.paymentTime)
        orders[i].paymentSucceeds = attempt.uniform() < checkout.paymentSuccess
        calendar.schedule(.paymentSubmitted(order: o), after: seconds)
    }

    /// A payment reaches processing (if the order is still open).
    mutating func enqueuePayment(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard orders[Int(o)].state == .inCheckout else { return }
        join(.paymentQueue, o, calendar: &calendar)
    }

    /// Success sells the units; a failure is retried, then the order is cancelled.
    mutating func paymentProcessed(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(o)
        paymentProcessing.release()
        serveNext(intake: false, calendar: &calendar)
        if orders[i].paymentSucceeds {
            pay(o, at: now)
            fulfil(o, calendar: &calendar)
        } else if Int(orders[i].attempts) < spec.checkout.paymentRetries {
            counts.paymentFailures += 1
            orders[i].attempts += 1
            submitPayment(o, calendar: &calendar)
        } else {
            counts.paymentFailures += 1
            orders[i].state = .cancelled
            release(lines: orders[i].lines)
            counts.ordersCancelled += 1
            noteStock(at: now)
        }
    }

    /// The payment window ends: an order still unpaid and not being served
    /// is released (one being served finishes; a retry after the window is refused).
    mutating func paymentWindowEnds(_ o: Int32, at now: Double) {
        let i = Int(o)
        guard orders[i].state == .inCheckout, orders[i].step != .intake, orders[i].step != .processing else { return }
        timeOut(o, at: now)
    }

    /// Releases an unpaid order at the end of its payment window.
    mutating func timeOut(_ o: Int32, at now: Double) {
        let i = Int(o)
        leaveQueue(o)
        orders[i].state = .timedOut
        counts.ordersTimedOut += 1
        counts.lostUnitsCheckout += Int(orders[i].lineCount)
        release(lines: orders[i].lines)
        noteStock(at: now)
    }

    /// A shopper waiting in a checkout queue gives up (unless served meanwhile): the order is released.
    mutating func checkoutGivesUp(_ o: Int32, visit: UInt8, at now: Double) {
        let i = Int(o)
        guard orders[i].state == .inCheckout, orders[i].visit == visit,
              orders[i].step == .intakeQueue || orders[i].step == .paymentQueue else { return }
        leaveQueue(o)
        orders[i].state = .abandoned
        counts.ordersAbandoned += 1
        counts.lostUnitsCheckout += Int(orders[i].lineCount)
        release(lines: orders[i].lines)
        noteStock(at: now)
    }

    /// An order waiting in a line leaves it (the line skips it when it comes up).
    mutating func leaveQueue(_ o: Int32) {
        switch orders[Int(o)].step {
        case .intakeQueue: orderIntake.abandon()
        case .paymentQueue: paymentProcessing.abandon()
        case .intake, .processing, .paying: break
        }
    }
}
