import SimulationKernel

extension LuxurySimulation {
    /// Contacts prompted by order `o`'s payment, delivery or return: a Poisson
    /// number per reason with the reason's mean, each after the reason's
    /// delay. Each contact's numbers — delay, bot, handle time, patience —
    /// come from the order's number, the reason and the contact's rank, so
    /// every scenario gives the same order the same contacts.
    mutating func scheduleContacts(anchor: ContactReason.Anchor, of o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        let entity = orders[Int(o)].entity
        for (k, reason) in care.reasons.enumerated() where reason.anchor == anchor && reason.perOrder > 0 {
            let n = streams.care.restart(entity: entity, step: EntityStep.contact(reason: k, 0)).poisson(mean: reason.perOrder)
            for j in 0..<n {
                let draws = streams.care.restart(entity: entity, step: EntityStep.contact(reason: k, j + 1))
                let due = calendar.now + draws.sample(reason.delay)
                let contained = draws.uniform() < care.botContainment
                careDesk!.contacts.append(CareContact(arrival: due, reason: Int16(k), state: contained ? .withBot : .due,
                                                      handleTime: draws.sample(reason.handleTime), patience: draws.sample(care.patience)))
                calendar.schedule(.contact(contact: Int32(careDesk!.contacts.count - 1)), at: due)
            }
        }
    }

    /// A contact arrives: a bot answers the contained share; the rest wait for a chat slot, or give up.
    mutating func contactArrives(_ c: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(c)
        if careDesk!.contacts[i].state == .withBot {
            careDesk!.contacts[i].state = .done
            careDesk!.botContained += 1
            return
        }
        careDesk!.toAgents += 1
        careDesk!.contacts[i].state = .waiting
        if careDesk!.slots.pool.admit(c) {
            answer(c, calendar: &calendar)
        } else {
            careDesk!.queue.add(1, at: now)
            series?.careQueue.set(careDesk!.queue.value, at: now)
            calendar.schedule(.patienceEnds(contact: c, visit: 0), after: careDesk!.contacts[i].patience)
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
        careDesk!.contacts[i].state = .chatting
        careDesk!.answered += 1
        if waited <= care.serviceLevelTarget { careDesk!.answeredInTarget += 1 }
        careDesk!.wait.record(waited)
        careDesk!.slots.noteLevels(at: now)
        calendar.schedule(.chatEnds(contact: c), after: careDesk!.contacts[i].handleTime)
    }

    /// Answers waiting contacts while chat slots are free (those who gave up are skipped).
    mutating func answerWaiting(calendar: inout EventCalendar<LuxuryEvent>) {
        while careDesk!.slots.pool.canServeFromLine, let next = careDesk!.slots.pool.popLine() {
            guard careDesk!.contacts[Int(next)].state == .waiting else { continue }
            careDesk!.slots.pool.serveFromLine()
            answer(next, calendar: &calendar)
        }
    }

    /// Contact `c`'s chat ends: its slot takes the next waiting contact.
    mutating func chatEnds(_ c: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        careDesk!.contacts[Int(c)].state = .done
        careDesk!.slots.pool.release()
        answerWaiting(calendar: &calendar)
        careDesk!.slots.noteLevels(at: calendar.now)
    }

    /// A waiting customer gives up (unless answered meanwhile).
    mutating func patienceEnds(_ c: Int32, visit: UInt32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(c)
        guard careDesk!.contacts[i].state == .waiting, careDesk!.contacts[i].visit == visit else { return }
        careDesk!.contacts[i].state = .abandoned
        careDesk!.abandoned += 1
        careDesk!.slots.pool.abandon()
        careDesk!.queue.add(-1, at: calendar.now)
        series?.careQueue.set(careDesk!.queue.value, at: calendar.now)
    }
}
