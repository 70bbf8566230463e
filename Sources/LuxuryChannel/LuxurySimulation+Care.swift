import CGSL
import SimulationKernel

extension LuxurySimulation {
    /// Contacts prompted by an order, a delivery or a return: a Poisson number
    /// per reason with the reason's mean, each after the reason's delay.
    mutating func scheduleContacts(anchor: ContactReason.Anchor, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        for (k, reason) in care.reasons.enumerated() where reason.anchor == anchor && reason.perOrder > 0 {
            let n = Int(gsl_ran_poisson(streams.care.gsl, reason.perOrder))
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
            ops.botContained += 1
            return
        }
        ops.contactsToAgents += 1
        ops.contacts.append(CareContact(arrival: now, reason: Int16(k), waiting: true, visit: 0,
                                        handleTime: care.reasons[k].handleTime.sample(using: streams.care),
                                        patience: care.patience.sample(using: streams.care)))
        let c = Int32(ops.contacts.count - 1)
        let s = ops.careStation
        if ops.stations[s].pool.admit(c) {
            answer(c, calendar: &calendar)
        } else {
            ops.careQueue.add(1, at: now)
            series?.careQueue.set(ops.careQueue.value, at: now)
            calendar.schedule(.patienceEnds(contact: c, visit: 0), after: ops.contacts[Int(c)].patience)
        }
    }

    mutating func answer(_ c: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let care = spec.care else { return }
        let now = calendar.now
        let i = Int(c)
        let waited = now - ops.contacts[i].arrival
        if waited > 0 {
            ops.careQueue.add(-1, at: now)
            series?.careQueue.set(ops.careQueue.value, at: now)
        }
        ops.contacts[i].waiting = false
        ops.answered += 1
        if waited <= care.serviceLevelTarget { ops.answeredInTarget += 1 }
        ops.careWait.record(waited)
        let s = ops.careStation
        ops.stations[s].busy.set(Double(ops.stations[s].pool.busy), at: now)
        calendar.schedule(.chatEnds(contact: c), after: ops.contacts[i].handleTime)
    }

    mutating func chatEnds(calendar: inout EventCalendar<LuxuryEvent>) {
        let s = ops.careStation
        ops.stations[s].pool.release()
        serveLine(of: s, calendar: &calendar)
        ops.stations[s].busy.set(Double(ops.stations[s].pool.busy), at: calendar.now)
    }

    mutating func patienceEnds(_ c: Int32, visit: UInt32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(c)
        guard ops.contacts[i].waiting, ops.contacts[i].visit == visit else { return }
        ops.contacts[i].waiting = false
        ops.abandoned += 1
        ops.stations[ops.careStation].pool.abandon()
        ops.careQueue.add(-1, at: calendar.now)
        series?.careQueue.set(ops.careQueue.value, at: calendar.now)
    }
}
