import SimulationKernel

extension LuxurySimulation {
    /// Contacts prompted by an event of `entity` — an order's payment or
    /// delivery, a returned unit's arrival, a channel visit: a Poisson number
    /// per reason following that anchor, with the reason's mean, each after
    /// the reason's delay (and written at a likely hour, see `Care.hourly`).
    /// Each contact's numbers — delay, bot, handle time, patience — come from
    /// the entity's number, the reason and the contact's rank, so every
    /// scenario gives the same order the same contacts.
    mutating func scheduleContacts(anchor: ContactReason.Anchor, entity: UInt64, calendar: inout EventCalendar<LuxuryEvent>) {
        guard careDesk != nil else { return }
        for k in careDesk!.reasons.following[anchor.index] {
            let n = streams.care.restart(entity: entity, step: EntityStep.contact(reason: k, 0)).poisson(mean: careDesk!.reasons.rate[k])
            for j in 0..<n {
                let draws = streams.care.restart(entity: entity, step: EntityStep.contact(reason: k, j + 1))
                addContact(reason: k, draws: draws, calendar: &calendar)
            }
        }
    }

    /// Contacts after channel visit `entity` (reasons `after: visit`): a
    /// Poisson number with the reasons' total rate, read by inversion from
    /// one number of the visits' own stream (most visits prompt none, and
    /// that costs a comparison); each contact's reason (in proportion to the
    /// rates) and numbers come from the visit's number and the contact's rank.
    mutating func scheduleVisitContacts(entity: UInt64, fromShow: Bool, calendar: inout EventCalendar<LuxuryEvent>) {
        guard careDesk!.reasons.perVisit > 0 else { return }
        let u = fromShow ? streams.showVisitCare.uniform() : streams.visitCare.uniform()
        var p = careDesk!.reasons.noVisitContact
        guard u >= p else { return }
        let rates = careDesk!.reasons
        var n = 0
        var cumulative = p
        while u >= cumulative && n < 1000 {
            n += 1
            p *= rates.perVisit / Double(n)
            cumulative += p
        }
        for j in 0..<max(1, n) {
            let draws = streams.care.restart(entity: entity, step: UInt64(j + 1))
            addContact(reason: rates.pick(.visit, u: draws.uniform(), total: rates.perVisit), draws: draws, calendar: &calendar)
        }
    }

    /// A show viewer gets in touch (the thinned joins of `after: viewer`
    /// reasons): a contact of one of those reasons, in proportion to their rates.
    mutating func viewerContact(show s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        guard careDesk != nil else { return }
        let now = calendar.now
        if let next = viewerContactProfiles[s]?.nextArrival(after: now, using: streams.viewerContacts), next <= horizon {
            calendar.schedule(.viewerContact(show: Int32(s)), at: next)
        }
        let entity = DemandAttempt.viewerContact(viewerContactsNumbered)
        viewerContactsNumbered &+= 1
        let draws = streams.care.restart(entity: entity)
        let rates = careDesk!.reasons
        addContact(reason: rates.pick(.viewer, u: draws.uniform(), total: rates.perViewer), draws: draws, calendar: &calendar)
    }

    /// A contact of reason `k` due after the reason's delay from now, its
    /// numbers from `draws`: with an hourly profile, a delay that lands at
    /// local hour h is kept with probability factor(h) ÷ the largest factor,
    /// else drawn again (at most 64 times), so contacts days away follow the
    /// day's shape while those minutes away stay close to their cause.
    mutating func addContact(reason k: Int, draws: RandomGenerator, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        let reason = care.reasons[k]
        var due = calendar.now + draws.sample(reason.delay)
        if let hourly = care.hourly {
            var tries = 1
            while tries < 64 && draws.uniform() * careDesk!.peakHourly >= hourly[Int(clock.timeOfDay(at: due) / 3600) % 24] {
                due = calendar.now + draws.sample(reason.delay)
                tries += 1
            }
        }
        let contained = draws.uniform() < care.botContainment
        careDesk!.contacts.append(CareContact(arrival: due, reason: Int16(k), state: contained ? .withBot : .due,
                                              handleTime: draws.sample(reason.handleTime), patience: draws.sample(care.patience)))
        calendar.schedule(.contact(contact: Int32(careDesk!.contacts.count - 1)), at: due)
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
        let admitted = careDesk!.slots.pool.admit(c)
        careDesk!.slots.series?.arrive(at: now, delayed: !admitted)
        if admitted {
            answer(c, calendar: &calendar)
        } else {
            careDesk!.queue.add(1, at: now)
            series?.careQueue.set(careDesk!.queue.value, at: now)
            careDesk!.slots.noteLevels(at: now)
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
        let arrived = careDesk!.contacts[i].arrival
        careDesk!.slots.series?.start(arrived: arrived, at: now)
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
        careDesk!.slots.series?.finish(at: calendar.now)
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
        let arrived = careDesk!.contacts[i].arrival
        careDesk!.slots.series?.abandon(arrived: arrived, at: calendar.now)
        careDesk!.slots.noteLevels(at: calendar.now)
        careDesk!.queue.add(-1, at: calendar.now)
        series?.careQueue.set(careDesk!.queue.value, at: calendar.now)
    }
}
