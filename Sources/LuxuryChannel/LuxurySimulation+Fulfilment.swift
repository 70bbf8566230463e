import SimulationKernel

extension LuxurySimulation {
    /// Schedules every planned staff change (floor stations in order, then
    /// the care desk) and the first wave.
    mutating func startOperations(calendar: inout EventCalendar<LuxuryEvent>) {
        var posts: [(StaffedPost, [(time: Double, value: Int)])] = []
        if let floor {
            for s in floor.stations { posts.append((.floor(s), floor[s].changes)) }
        }
        if let careDesk { posts.append((.careDesk, careDesk.slots.changes)) }
        for (post, changes) in posts {
            for k in changes.indices.dropFirst() {
                calendar.schedule(.staffChange(station: post, change: Int32(k)), at: changes[k].time)
            }
        }
        if let every = spec.fulfilment?.waveInterval { calendar.schedule(.wave, at: every) }
    }

    /// A paid order goes to its warehouse (waveless release: at once) and may prompt care contacts.
    mutating func fulfil(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(o)
        orders[i].paidAt = now
        scheduleContacts(anchor: .order, of: o, calendar: &calendar)
        guard let f = spec.fulfilment, floor != nil else { return }
        let brand = Int(catalogue.brand[Int(orders[i].product)])
        let warehouses = floor!.brandWarehouse
        orders[i].warehouse = warehouses[min(brand, warehouses.count - 1)]
        // The order's own numbers: the same carrier, tier and work in every scenario.
        let draws = streams.fulfilment.restart(entity: orders[i].entity)
        orders[i].carrier = Int16(draws.pick(shares: carrierShares))
        orders[i].tier = Int16(draws.pick(shares: tierShares))
        let warehouse = f.warehouses[Int(orders[i].warehouse)]
        orders[i].pickTime = Float(draws.exponential(mean: 1 / warehouse.pick.rate))
        orders[i].packTime = Float(draws.exponential(mean: 1 / warehouse.pack.rate))
        floor!.backlog.add(1, at: now)
        series?.backlog.set(floor!.backlog.value, at: now)
        if f.waveInterval != nil {
            floor!.awaitingWave[Int(orders[i].warehouse)].append(o)
        } else {
            arrive(.order(o), at: FloorStation(warehouse: orders[i].warehouse, step: .pick), calendar: &calendar)
        }
    }

    /// Releases every waiting order to its pick station, in payment order.
    mutating func releaseWave(calendar: inout EventCalendar<LuxuryEvent>) {
        guard let every = spec.fulfilment?.waveInterval, floor != nil else { return }
        for w in floor!.awaitingWave.indices {
            let waiting = floor!.awaitingWave[w]
            floor!.awaitingWave[w].removeAll(keepingCapacity: true)
            for o in waiting { arrive(.order(o), at: FloorStation(warehouse: Int16(w), step: .pick), calendar: &calendar) }
        }
        calendar.schedule(.wave, after: every)
    }

    /// Work reaches station `s`: started at once by a free worker, or queued.
    mutating func arrive(_ work: FloorWork, at s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        if floor![s].pool.admit(work) { startWork(work, at: s, calendar: &calendar) }
    }

    /// A worker of station `s` starts on `work`.
    mutating func startWork(_ work: FloorWork, at s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        floor![s].noteLevels(at: calendar.now)
        let seconds: Float
        switch work {
        case .order(let o): seconds = s.step == .pick ? orders[Int(o)].pickTime : orders[Int(o)].packTime
        case .return(let r): seconds = parcelReturns[Int(r)].pickTime
        }
        calendar.schedule(.workDone(station: s, work: work), after: Double(seconds))
    }

    /// Station `s` finishes `work`: a picked order goes to packing, a packed
    /// one to its truck, a received return to restocking.
    mutating func workDone(_ work: FloorWork, at s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        floor![s].pool.release()
        serveLine(of: s, calendar: &calendar)
        floor![s].noteLevels(at: calendar.now)
        switch work {
        case .return(let r):
            finishReturn(r, calendar: &calendar)
        case .order where s.step == .pick:
            arrive(work, at: FloorStation(warehouse: s.warehouse, step: .pack), calendar: &calendar)
        case .order(let o):
            loadOnTruck(o, calendar: &calendar)
        }
    }

    /// Starts waiting work while workers are free.
    mutating func serveLine(of s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        while floor![s].pool.canServeFromLine, let next = floor![s].pool.popLine() {
            floor![s].pool.serveFromLine()
            startWork(next, at: s, calendar: &calendar)
        }
    }

    /// A post's staff changes to its `k`-th planned value; waiting work starts on new staff.
    mutating func changeStaff(at post: StaffedPost, change k: Int, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        switch post {
        case .floor(let s):
            floor![s].setStaff(floor![s].changes[k].value, at: now)
            serveLine(of: s, calendar: &calendar)
            floor![s].noteLevels(at: now)
        case .careDesk:
            careDesk!.slots.setStaff(careDesk!.slots.changes[k].value, at: now)
            answerWaiting(calendar: &calendar)
            careDesk!.slots.noteLevels(at: now)
        }
    }

    /// The packed parcel takes the first truck of its carrier with room; none
    /// before the end leaves it in the backlog.
    mutating func loadOnTruck(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let departure = trucks!.load(carrier: Int(orders[Int(o)].carrier), readyAt: calendar.now) else { return }
        calendar.schedule(.shipped(order: o), at: departure)
    }

    /// The truck leaves with the order; its lead time to the door is the order's own draw.
    mutating func ship(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let f = spec.fulfilment else { return }
        let now = calendar.now
        let i = Int(o)
        floor!.backlog.add(-1, at: now)
        series?.backlog.set(floor!.backlog.value, at: now)
        shipping.shipped += 1
        orders[i].shippedAt = now
        let lead = f.carriers[Int(orders[i].carrier)].leadTimes[Int(orders[i].tier)]
        calendar.schedule(.delivered(order: o), after: streams.delivery.restart(entity: orders[i].entity).sample(lead))
    }

    /// The parcel is at the door: delivery contacts, and perhaps a return
    /// (decided, with its delay, by the order's own numbers).
    mutating func deliver(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        shipping.delivered += 1
        orders[i].deliveredAt = calendar.now
        scheduleContacts(anchor: .delivery, of: o, calendar: &calendar)
        guard let returns = spec.returns else { return }
        let category = Int(catalogue.category[Int(orders[i].product)])
        let p = orders[i].live ? returns.live[category] : returns.browsing[category]
        let draws = streams.returns.restart(entity: orders[i].entity)
        if draws.uniform() < p {
            shipping.returnsInTransit += 1
            calendar.schedule(.returned(order: o), after: draws.sample(returns.time))
        }
    }

    /// A returned unit arrives: the pick station of its warehouse receives and
    /// checks it (one pick's work), then it is restocked or goes back to the brand.
    mutating func receiveReturn(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard spec.returns != nil, let f = spec.fulfilment else { return }
        shipping.returnsInTransit -= 1
        shipping.returned += 1
        let w = orders[Int(o)].warehouse
        let draws = streams.returns.restart(entity: orders[Int(o)].entity, step: EntityStep.returnWork)
        let work = Float(draws.exponential(mean: 1 / f.warehouses[Int(w)].pick.rate))
        parcelReturns.append(ParcelReturn(order: o, pickTime: work))
        arrive(.return(Int32(parcelReturns.count - 1)), at: FloorStation(warehouse: w, step: .pick), calendar: &calendar)
        scheduleContacts(anchor: .return, of: o, calendar: &calendar)
    }

    /// A received return is put back on sale (the restocked share, while its sale runs) or goes back to the brand.
    mutating func finishReturn(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let returns = spec.returns else { return }
        shipping.returnsProcessed += 1
        let order = orders[Int(parcelReturns[Int(r)].order)]
        let product = Int(order.product)
        let restocks = streams.returns.restart(entity: order.entity, step: EntityStep.restock).uniform() < returns.restock
        if restocks && saleIsOpen(for: product, at: calendar.now) {
            stock.restock(product)
            shipping.restocked += 1
            noteStock(at: calendar.now)
        }
    }
}
