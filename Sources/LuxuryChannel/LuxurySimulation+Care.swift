import SimulationKernel

extension LuxurySimulation {
    /// Contacts prompted by an order, a delivery or a return: a Poisson number
    /// per reason with the reason's mean, each after the reason's delay.
    mutating func scheduleContacts(anchor: ContactReason.Anchor, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        for (k, reason) in care.reasons.enumerated() where reason.anchor == anchor && reason.perOrder > 0 {
            let n = streams.care.poisson(mean: reason.perOrder)
            for _ in 0..<n {
                calendar.schedule(.contact(reason: Int32(k)), after: reason.delay.sample(using: streams.care))
            }
        }
    }

    /// A bot answers the contained share; the rest wait for a chat slot, or give up.
    mutating func contactArrives(reason k: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        let now = calendar.now
        if streams.care.uniform() < care.botContainment {
            careDesk!.botContained += 1
            return
        }
        careDesk!.toAgents += 1
        careDesk!.contacts.append(CareContact(arrival: now, reason: Int16(k), waiting: true, visit: 0,
                                              handleTime: care.reasons[k].handleTime.sample(using: streams.care),
                                              patience: care.patience.sample(using: streams.care)))
        let c = Int32(careDesk!.contacts.count - 1)
        if careDesk!.slots.pool.admit(c) {
            answer(c, calendar: &calendar)
        } else {
            careDesk!.queue.add(1, at: now)
            series?.careQueue.set(careDesk!.queue.value, at: now)
            calendar.schedule(.patienceEnds(contact: c, visit: 0), after: careDesk!.contacts[Int(c)].patience)
        }
    }

    /// An agent takes contact `c`.
    mutating func answer(_ c: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        let now = calendar.now
        let i = Int(c)
        let waited = now - careDesk!.contacts[i].arrival
        if waited > 0 {
            careDesk!.queue.add(-1, at: now)
            series?.careQueue.set(careDesk!.queue.value, at: now)
        }
        careDesk!.contacts[i].waiting = false
        careDesk!.answered += 1
        if waited <= care.serviceLevelTarget { careDesk!.answeredInTarget += 1 }
        careDesk!.wait.record(waited)
        careDesk!.slots.busy.set(Double(careDesk!.slots.pool.busy), at: now)
        calendar.schedule(.chatEnds(contact: c), after: careDesk!.contacts[i].handleTime)
    }

    /// Answers waiting contacts while chat slots are free (those who gave up are skipped).
    mutating func answerWaiting(calendar: inout EventCalendar<LuxuryEvent>) {
        while careDesk!.slots.pool.canServeFromLine, let next = careDesk!.slots.pool.popLine() {
            guard careDesk!.contacts[Int(next)].waiting else { continue }
            careDesk!.slots.pool.serveFromLine()
            answer(next, calendar: &calendar)
        }
    }

    /// A chat ends: its slot takes the next waiting contact.
    mutating func chatEnds(calendar: inout EventCalendar<LuxuryEvent>) {
        careDesk!.slots.pool.release()
        answerWaiting(calendar: &calendar)
        careDesk!.slots.busy.set(Double(careDesk!.slots.pool.busy), at: calendar.now)
    }

    /// A waiting customer gives up (unless answered meanwhile).
    mutating func patienceEnds(_ c: Int32, visit: UInt32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(c)
        guard careDesk!.contacts[i].waiting, careDesk!.contacts[i].visit == visit else { return }
        careDesk!.contacts[i].waiting = false
        careDesk!.abandoned += 1
        careDesk!.slots.pool.abandon()
        careDesk!.queue.add(-1, at: calendar.now)
        series?.careQueue.set(careDesk!.queue.value, at: calendar.now)
    }
}
