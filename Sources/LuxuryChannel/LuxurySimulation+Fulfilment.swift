import SimulationKernel

extension LuxurySimulation {
    /// Staff plans, brand-to-warehouse assignment and truck departures.
    mutating func startOperations(calendar: inout EventCalendar<LuxuryEvent>, horizon: Double, clockOffset: Double) {
        if let f = spec.fulfilment {
            for w in f.warehouses {
                ops.stations.append(StaffedStation(changes: StaffingPlan.changes(w.pick.shifts, outages: w.outages,
                                                                                   horizon: horizon, clockOffset: clockOffset)))
                ops.stations.append(StaffedStation(changes: StaffingPlan.changes(w.pack.shifts, outages: w.outages,
                                                                                   horizon: horizon, clockOffset: clockOffset)))
            }
            var cumulative: [Double] = []
            var running = 0.0
            for w in f.warehouses { running += w.brandShare; cumulative.append(running) }
            let brands = max(1, catalogue.channelBrands)
            ops.brandWarehouse = (0..<brands).map { b in
                let position = (Double(b) + 0.5) / Double(brands)
                return Int16(cumulative.firstIndex { position < $0 } ?? (cumulative.count - 1))
            }
            for carrier in f.carriers {
                var times: [Double] = []
                var day = (clockOffset / 86_400).rounded(.down)
                while day * 86_400 - clockOffset < horizon {
                    for c in carrier.cutoffs {
                        let t = day * 86_400 + c - clockOffset
                        if t >= 0 && t <= horizon { times.append(t) }
                    }
                    day += 1
                }
                ops.departures.append(times)
                ops.loaded.append(Array(repeating: 0, count: times.count))
                ops.firstOpen.append(0)
            }
            ops.orderToDoorByTier = f.tiers.map { _ in Tally() }
            ops.awaitingWave = f.warehouses.map { _ in [] }
            if let every = f.waveInterval { calendar.schedule(.wave, at: every) }
        }
        if let care = spec.care {
            ops.careStation = ops.stations.count
            ops.stations.append(StaffedStation(changes: StaffingPlan.changes(care.agents, outages: [], horizon: horizon,
                                                                               clockOffset: clockOffset, perWorker: care.concurrency)))
        }
        for (s, station) in ops.stations.enumerated() {
            for k in station.changes.indices.dropFirst() {
                calendar.schedule(.staffChange(station: Int32(s), change: Int32(k)), at: station.changes[k].time)
            }
        }
    }

    /// A paid order goes to its warehouse (waveless release: at once) and may prompt care contacts.
    mutating func fulfil(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(r)
        reservations[i].paidAt = now
        scheduleContacts(anchor: .order, calendar: &calendar)
        guard let f = spec.fulfilment else { return }
        let brand = Int(catalogue.brand[Int(reservations[i].product)])
        reservations[i].warehouse = ops.brandWarehouse[min(brand, ops.brandWarehouse.count - 1)]
        reservations[i].carrier = Int16(pick(f.carriers.map(\.share)))
        reservations[i].tier = Int16(pick(f.tiers.map(\.share)))
        let warehouse = f.warehouses[Int(reservations[i].warehouse)]
        reservations[i].pickTime = Float(streams.fulfilment.exponential(mean: 1 / warehouse.pick.rate))
        reservations[i].packTime = Float(streams.fulfilment.exponential(mean: 1 / warehouse.pack.rate))
        ops.backlog.add(1, at: now)
        series?.backlog.set(ops.backlog.value, at: now)
        if f.waveInterval != nil {
            ops.awaitingWave[Int(reservations[i].warehouse)].append(r)
        } else {
            arrive(r, at: 2 * Int(reservations[i].warehouse), calendar: &calendar)
        }
    }

    /// Releases every waiting order to its pick station, in payment order.
    mutating func releaseWave(calendar: inout EventCalendar<LuxuryEvent>) {
        guard let every = spec.fulfilment?.waveInterval else { return }
        for w in ops.awaitingWave.indices {
            let orders = ops.awaitingWave[w]
            ops.awaitingWave[w].removeAll(keepingCapacity: true)
            for r in orders { arrive(r, at: 2 * w, calendar: &calendar) }
        }
        calendar.schedule(.wave, after: every)
    }

    /// An index drawn by `shares` from the fulfilment stream.
    func pick(_ shares: [Double]) -> Int {
        var u = streams.fulfilment.uniform()
        for (k, s) in shares.enumerated() {
            if u < s { return k }
            u -= s
        }
        return shares.count - 1
    }

    mutating func arrive(_ r: Int32, at s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        if ops.stations[s].pool.admit(r) { startWork(r, at: s, calendar: &calendar) }
    }

    mutating func startWork(_ r: Int32, at s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        ops.stations[s].busy.set(Double(ops.stations[s].pool.busy), at: calendar.now)
        let work = s % 2 == 0 ? reservations[Int(r)].pickTime : reservations[Int(r)].packTime
        calendar.schedule(.workDone(station: Int32(s), order: r), after: Double(work))
    }

    mutating func workDone(_ r: Int32, at s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        ops.stations[s].pool.release()
        serveLine(of: s, calendar: &calendar)
        ops.stations[s].busy.set(Double(ops.stations[s].pool.busy), at: calendar.now)
        if reservations[Int(r)].state == .returning {
            finishReturn(r, calendar: &calendar)
        } else if s % 2 == 0 {
            arrive(r, at: s + 1, calendar: &calendar)
        } else {
            loadOnTruck(r, calendar: &calendar)
        }
    }

    /// Starts waiting work while staff is free.
    mutating func serveLine(of s: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        while ops.stations[s].pool.canServeFromLine, let next = ops.stations[s].pool.popLine() {
            if s == ops.careStation {
                guard ops.contacts[Int(next)].waiting else { continue }
                ops.stations[s].pool.serveFromLine()
                answer(next, calendar: &calendar)
            } else {
                ops.stations[s].pool.serveFromLine()
                startWork(next, at: s, calendar: &calendar)
            }
        }
    }

    mutating func changeStaff(station s: Int, change k: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        let staff = ops.stations[s].changes[k].staff
        ops.stations[s].pool.setServers(staff)
        ops.stations[s].onDuty.set(Double(staff), at: calendar.now)
        serveLine(of: s, calendar: &calendar)
        ops.stations[s].busy.set(Double(ops.stations[s].pool.busy), at: calendar.now)
    }

    /// The packed parcel takes the first truck of its carrier with room; none
    /// before the horizon leaves it in the backlog.
    mutating func loadOnTruck(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let c = Int(reservations[Int(r)].carrier)
        guard let capacity = spec.fulfilment?.carriers[c].truckCapacity else { return }
        let times = ops.departures[c]
        var k = ops.firstOpen[c]
        while k < times.count && (times[k] < calendar.now || ops.loaded[c][k] >= capacity) { k += 1 }
        guard k < times.count else { return }
        ops.loaded[c][k] += 1
        while ops.firstOpen[c] < times.count && ops.loaded[c][ops.firstOpen[c]] >= capacity { ops.firstOpen[c] += 1 }
        calendar.schedule(.shipped(order: r), at: times[k])
    }

    mutating func ship(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let f = spec.fulfilment else { return }
        let now = calendar.now
        let i = Int(r)
        ops.backlog.add(-1, at: now)
        series?.backlog.set(ops.backlog.value, at: now)
        ops.shipped += 1
        let paid = reservations[i].paidAt
        ops.orderToShip.record(now - paid)
        let c = Int(reservations[i].carrier)
        // On the first truck after payment: the cut-off was made.
        if let first = ops.departures[c].first(where: { $0 >= paid }), first == now { ops.shippedOnCutoff += 1 }
        let tier = Int(reservations[i].tier)
        let door = now + f.carriers[c].leadTimes[tier].sample(using: streams.delivery)
        ops.orderToDoor.record(door - paid)
        ops.orderToDoorByTier[tier].record(door - paid)
        if door - paid <= f.sla { ops.onTime += 1 }
        calendar.schedule(.delivered(order: r), at: door)
    }

    mutating func deliver(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        ops.delivered += 1
        scheduleContacts(anchor: .delivery, calendar: &calendar)
        guard let returns = spec.returns else { return }
        let product = Int(reservations[Int(r)].product)
        let category = Int(catalogue.category[product])
        let p = reservations[Int(r)].live ? returns.live[category] : returns.browsing[category]
        if streams.returns.uniform() < p {
            calendar.schedule(.returned(order: r), after: returns.time.sample(using: streams.returns))
        }
    }

    /// A returned unit arrives: the pick station of its warehouse receives and
    /// checks it (one pick's work), then it is restocked or goes back to the brand.
    mutating func receiveReturn(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard spec.returns != nil, let f = spec.fulfilment else { return }
        ops.returned += 1
        let i = Int(r)
        reservations[i].state = .returning
        let warehouse = f.warehouses[Int(reservations[i].warehouse)]
        reservations[i].pickTime = Float(streams.returns.exponential(mean: 1 / warehouse.pick.rate))
        arrive(r, at: 2 * Int(reservations[i].warehouse), calendar: &calendar)
        scheduleContacts(anchor: .return, calendar: &calendar)
    }

    mutating func finishReturn(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let returns = spec.returns else { return }
        reservations[Int(r)].state = .returned
        ops.returnsProcessed += 1
        let product = Int(reservations[Int(r)].product)
        if streams.returns.uniform() < returns.restock && saleIsOpen(for: product, at: calendar.now) {
            stock.restock(product)
            ops.restocked += 1
            noteStock(at: calendar.now)
        }
    }
}
