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

    /// A paid order goes to its warehouse (waveless release: at once) and may
    /// prompt care contacts. Its work is its own draw: picking each unit
    /// (exponential at the pick rate, per unit), packing the parcel (at the pack rate).
    mutating func fulfil(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        let i = Int(o)
        scheduleContacts(anchor: .order, entity: orders[i].entity, calendar: &calendar)
        guard let f = spec.fulfilment, floor != nil else { return }
        let brand = Int(catalogue.brand[Int(lines[Int(orders[i].firstLine)])])
        orders[i].warehouse = floor!.brandWarehouse[min(brand, floor!.brandWarehouse.count - 1)]
        // The order's own numbers: the same carrier, tier and work in every scenario.
        let draws = streams.fulfilment.restart(entity: orders[i].entity)
        orders[i].carrier = Int16(draws.pick(shares: carrierShares))
        orders[i].tier = Int16(draws.pick(shares: tierShares))
        let w = Int(orders[i].warehouse)
        let pickMean = 1 / f.warehouses[w].pick.rate
        var pick = 0.0
        for _ in 0..<orders[i].lineCount { pick += draws.exponential(mean: pickMean) }
        orders[i].pickTime = Float(pick)
        orders[i].packTime = Float(draws.exponential(mean: 1 / f.warehouses[w].pack.rate))
        floor!.backlog.add(1, at: now)
        series?.backlog.set(floor!.backlog.value, at: now)
        moveOnFloor(warehouse: Int(orders[i].warehouse), from: nil, to: .toPick, at: now)
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
        let now = calendar.now
        switch work {
        case .order(let o): orders[Int(o)].stationArrival = now
        case .return(let r): parcelReturns[Int(r)].stationArrival = now
        }
        let admitted = floor![s].pool.admit(work)
        floor![s].series?.arrive(at: now, delayed: !admitted)
        if admitted { startWork(work, at: s, calendar: &calendar) } else { floor![s].noteLevels(at: now) }
    }

    /// A worker of station `s` starts on `work`.
    mutating func startWork(_ work: FloorWork, at s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        floor![s].noteLevels(at: now)
        let seconds: Float
        let arrived: Double
        switch work {
        case .order(let o):
            seconds = s.step == .pick ? orders[Int(o)].pickTime : orders[Int(o)].packTime
            arrived = orders[Int(o)].stationArrival
        case .return(let r):
            seconds = parcelReturns[Int(r)].pickTime
            arrived = parcelReturns[Int(r)].stationArrival
        }
        floor![s].series?.start(arrived: arrived, at: now)
        calendar.schedule(.workDone(station: s, work: work), after: Double(seconds))
    }

    /// Station `s` finishes `work`: a picked order goes to packing, a packed
    /// one to its truck, a received return to restocking.
    mutating func workDone(_ work: FloorWork, at s: FloorStation, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        floor![s].pool.release()
        floor![s].series?.finish(at: now)
        serveLine(of: s, calendar: &calendar)
        floor![s].noteLevels(at: now)
        switch work {
        case .return(let r):
            finishReturn(r, calendar: &calendar)
        case .order where s.step == .pick:
            moveOnFloor(warehouse: Int(s.warehouse), from: .toPick, to: .toPack, at: now)
            arrive(work, at: FloorStation(warehouse: s.warehouse, step: .pack), calendar: &calendar)
        case .order(let o):
            moveOnFloor(warehouse: Int(s.warehouse), from: .toPack, to: .packed, at: now)
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
        moveOnFloor(warehouse: Int(orders[i].warehouse), from: .packed, to: nil, at: now)
        series?.shipped[Int(orders[i].carrier)].add(1, at: now)
        shipping.shipped += 1
        orders[i].shippedAt = now
        let lead = f.carriers[Int(orders[i].carrier)].leadTimes[Int(orders[i].tier)]
        calendar.schedule(.delivered(order: o), after: streams.delivery.restart(entity: orders[i].entity).sample(lead))
    }

    /// The parcel is at the door: delivery contacts, and perhaps returns —
    /// each unit decided, with its delay, by its own numbers.
    mutating func deliver(_ o: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        let i = Int(o)
        shipping.delivered += 1
        orders[i].deliveredAt = calendar.now
        scheduleContacts(anchor: .delivery, entity: orders[i].entity, calendar: &calendar)
        guard let returns = spec.returns else { return }
        for (line, l) in orders[i].lines.enumerated() {
            let category = Int(catalogue.category[Int(lines[l])])
            let p = orders[i].live ? returns.live[category] : returns.browsing[category]
            guard p > 0 else { continue }
            let draws = streams.returns.restart(entity: DemandAttempt.unit(line, of: orders[i].entity))
            if draws.uniform() < p {
                shipping.returnsInTransit += 1
                parcelReturns.append(ParcelReturn(order: o, line: UInt8(line)))
                calendar.schedule(.returned(return: Int32(parcelReturns.count - 1)), after: draws.sample(returns.time))
            }
        }
    }

    /// A returned unit arrives: its price is refunded, and the pick station of
    /// its warehouse receives and checks it (one unit's picking work), then
    /// it is restocked or goes back to the brand.
    mutating func receiveReturn(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard spec.returns != nil, let f = spec.fulfilment else { return }
        let now = calendar.now
        shipping.returnsInTransit -= 1
        shipping.returned += 1
        let order = orders[Int(parcelReturns[Int(r)].order)]
        let line = Int(parcelReturns[Int(r)].line)
        counts.refunded += catalogue.price[Int(lines[Int(order.firstLine) + line])]
        series?.returns.add(1, at: now)
        let unit = DemandAttempt.unit(line, of: order.entity)
        let draws = streams.returns.restart(entity: unit, step: EntityStep.returnWork)
        parcelReturns[Int(r)].pickTime = Float(draws.exponential(mean: 1 / f.warehouses[Int(order.warehouse)].pick.rate))
        arrive(.return(r), at: FloorStation(warehouse: order.warehouse, step: .pick), calendar: &calendar)
        scheduleContacts(anchor: .return, entity: unit, calendar: &calendar)
    }

    /// A received return goes back on sale — the restocked share of
    /// browsing units, while their brand's sale runs — or back to the brand.
    /// A look's units always go back to the brand: the look's stock was the
    /// show's, and a return days later does not undo its selling out.
    mutating func finishReturn(_ r: Int32, calendar: inout EventCalendar<LuxuryEvent>) {
        guard let returns = spec.returns else { return }
        shipping.returnsProcessed += 1
        let order = orders[Int(parcelReturns[Int(r)].order)]
        let line = Int(parcelReturns[Int(r)].line)
        let product = Int(lines[Int(order.firstLine) + line])
        guard product < catalogue.browsingCount else { return }
        let unit = DemandAttempt.unit(line, of: order.entity)
        let restocks = streams.returns.restart(entity: unit, step: EntityStep.restock).uniform() < returns.restock
        if restocks && saleIsOpen(for: product, at: calendar.now) {
            stock.restock(product)
            shipping.restocked += 1
            counts.restockedByPool[Int(catalogue.pool[product])] += 1
            noteStock(at: calendar.now)
        }
    }

    /// An order moves between the floor's stages at warehouse `w` (nil: it
    /// enters from payment, or leaves on a truck), for the backlog series.
    mutating func moveOnFloor(warehouse w: Int, from: FloorStage?, to: FloorStage?, at now: Double) {
        if let from { floor!.stages[w][from.rawValue] -= 1 }
        if let to { floor!.stages[w][to.rawValue] += 1 }
        guard series != nil else { return }
        if let from { series!.floor[w][from.rawValue].set(Double(floor!.stages[w][from.rawValue]), at: now) }
        if let to { series!.floor[w][to.rawValue].set(Double(floor!.stages[w][to.rawValue]), at: now) }
    }
}
