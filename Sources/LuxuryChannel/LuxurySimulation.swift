import ModelKit
import SimulationKernel

/// One replication of the luxury channel: traffic, browsing, carts and stock
/// holds, the live shows, orders and payments, and — when the model has
/// them — the warehouses, carriers, returns and customer care.
public struct LuxurySimulation: EventHandler {
    let spec: LuxuryChannelSpec
    /// Demand stops at the horizon; work goes on until the end (horizon + run-off).
    let horizon: Double
    let end: Double
    let clock: LocalClock
    var catalogue: CatalogueTable
    var stock: StockLedger
    /// The products of every basket's units (carts and orders point into it).
    var lines: [Int32] = []
    /// Units held in carts, orders, and returned units, in the order they were created.
    var carts: [CartHold] = []
    var orders: [Order] = []
    var parcelReturns: [ParcelReturn] = []
    var counts = LuxuryCounts()
    /// Demand attempts numbered so far, by source (see `DemandAttempt`).
    var attempts: [UInt32] = [0, 0, 0]
    /// Channel visits numbered so far, from browsing and brought by shows; contacts from viewers.
    var visitsNumbered: (browsing: UInt32, fromShows: UInt32) = (0, 0)
    var viewerContactsNumbered: UInt32 = 0
    var ordersPerSecond = PeakRate()
    var paymentsPerSecond = PeakRate()
    /// Seconds paid orders queued at intake and processing.
    var checkoutWait = Tally()
    /// Viewers watching any show.
    var viewers = TimeWeightedLevel()
    /// Each show's audience.
    var audiences: [LiveAudience]
    var orderIntake = ServerPool<Int32>(servers: 1)
    var paymentProcessing = ServerPool<Int32>(servers: 1)
    var series: LuxurySeries?
    /// Warehouses, trucks and what they have done (with `fulfilment`).
    var floor: WarehouseFloor?
    var trucks: CarrierSchedule?
    var shipping = FulfilmentTallies()
    /// Customer care (with `care`).
    var careDesk: CareDesk?
    /// Shares of the segments, carriers and city tiers, for drawing one.
    let segmentShares: [Double]
    let carrierShares: [Double]
    let tierShares: [Double]
    /// When the first brand's sale opens, and when each look walks (looks
    /// numbered across shows), in seconds on this run's clock.
    let saleOpens: Double
    let lookWalks: [Double]
    /// Every order carries one unit (no basket draws needed).
    let singleUnit: Bool

    let appProfile: RateProfile
    let segmentProfiles: [RateProfile]
    /// Per show: viewers who come to browse, and viewers who get in touch with care (thinned joins; nil: none).
    let showVisitorProfiles: [RateProfile?]
    let viewerContactProfiles: [RateProfile?]
    let streams: RandomStreamSet

    /// A fresh replication of `spec` whose random streams derive from `seeds`.
    public init(spec: LuxuryChannelSpec, seeds: StreamSeeds, settings: RunSettings) {
        self.spec = spec
        horizon = settings.horizon
        end = settings.end
        clock = settings.clock
        streams = RandomStreamSet(seeds: seeds, segments: spec.traffic.segments.count, shows: spec.shows.map(\.name))
        catalogue = CatalogueTable(spec: spec, stream: streams.catalogue)
        stock = StockLedger(stock: catalogue.stock, pool: catalogue.pool, pools: catalogue.poolProducts.count)
        let app = TrafficRates.app(spec.traffic, clock: settings.clock, horizon: settings.horizon)
        appProfile = app
        segmentProfiles = spec.traffic.segments.map { TrafficRates.scaled(app, by: $0.share * $0.channelEntry) }
        let starts = spec.shows.map { $0.startTime(on: settings.clock) }
        audiences = zip(zip(spec.shows, starts), streams.audiences).map {
            LiveAudience(show: $0.0, start: $0.1, generator: $1.rng)
        }
        let joins = zip(spec.shows, starts).map { LiveAudience.joinRate(of: $0, start: $1) }
        showVisitorProfiles = zip(spec.shows, joins).map { show, rate in
            guard let b = show.browsing, b.share > 0, let rate else { return nil }
            return TrafficRates.scaled(rate, by: b.share)
        }
        let perViewer = spec.care?.reasons.filter { $0.anchor == .viewer }.reduce(0) { $0 + $1.perOrder } ?? 0
        viewerContactProfiles = joins.map { rate in perViewer > 0 ? rate.map { TrafficRates.scaled($0, by: perViewer) } : nil }
        saleOpens = spec.catalogue.saleOpens.time(on: settings.clock) ?? 0
        lookWalks = spec.shows.flatMap { $0.walkTimes(on: settings.clock) }
        singleUnit = spec.checkout.unitsPerOrder == (try! Distribution.deterministic(1))
        segmentShares = spec.traffic.segments.map(\.share)
        carrierShares = spec.fulfilment?.carriers.map(\.share) ?? []
        tierShares = spec.fulfilment?.tiers.map(\.share) ?? []
        let categories = spec.catalogue.categories.count
        counts.unitsByCategory = Array(repeating: 0, count: categories)
        counts.revenueByCategory = Array(repeating: 0, count: categories)
        counts.lostByCategory = Array(repeating: 0, count: categories)
        counts.soldByPool = Array(repeating: 0, count: catalogue.poolProducts.count)
        counts.lostByPool = Array(repeating: 0, count: catalogue.poolProducts.count)
        counts.restockedByPool = Array(repeating: 0, count: catalogue.poolProducts.count)
        counts.revenueByPool = Array(repeating: 0, count: catalogue.poolProducts.count)
        if let f = spec.fulfilment {
            floor = WarehouseFloor(f, channelBrands: catalogue.channelBrands, clock: settings.clock, until: end)
            trucks = CarrierSchedule(f.carriers, clock: settings.clock, until: end)
        }
        careDesk = spec.care.map { CareDesk($0, clock: settings.clock, until: end) }
    }

    /// Runs one replication and reports its metrics (and series when `settings` asks for them).
    public static func run(spec: LuxuryChannelSpec, seeds: StreamSeeds, settings: RunSettings) -> Observations {
        var model = LuxurySimulation(spec: spec, seeds: seeds, settings: settings)
        if let width = settings.seriesBucket { model.recordSeries(width: width) }
        var calendar = EventCalendar<LuxuryEvent>()
        model.start(calendar: &calendar)
        model.startOperations(calendar: &calendar)
        let events = calendar.run(&model, until: model.end)
        let stop = calendar.stoppedClock.map { ClockStop(time: $0.time, events: $0.events, process: "event \($0.event)") }
        model.playViewerLeaves(until: model.end)
        var o = model.observations(at: calendar.now)
        o.events = events
        o.clockStop = stop
        if model.series != nil { o.series = model.finishedSeries() }
        return o
    }

    /// Schedules the first visitors, viewer joins and looks (demand up to the horizon).
    mutating func start(calendar: inout EventCalendar<LuxuryEvent>) {
        if spec.visitorLevel {
            if let t = appProfile.nextArrival(after: 0, using: streams.traffic), t <= horizon { calendar.schedule(.appVisitor, at: t) }
        } else {
            for (i, profile) in segmentProfiles.enumerated() {
                if let t = profile.nextArrival(after: 0, using: streams.segment[i]), t <= horizon {
                    calendar.schedule(.channelVisitor(segment: Int32(i)), at: t)
                }
            }
            // Visitors who never enter the channel are only counted: a Poisson
            // number with the thinned-away mean, so the split is exact.
            let total = appProfile.expectedArrivals(from: 0, to: horizon)
            let entering = spec.traffic.segments.reduce(0) { $0 + $1.share * $1.channelEntry }
            counts.otherVisitors = streams.traffic.poisson(mean: total * (1 - entering))
        }
        for s in spec.shows.indices {
            if let first = audiences[s].nextJoin(after: 0), first <= horizon {
                calendar.schedule(.viewerJoins(show: Int32(s)), at: first)
            }
            if let t = showVisitorProfiles[s]?.nextArrival(after: 0, using: streams.showVisitors), t <= horizon {
                calendar.schedule(.showVisitorArrives(show: Int32(s)), at: t)
            }
            if let t = viewerContactProfiles[s]?.nextArrival(after: 0, using: streams.viewerContacts), t <= horizon {
                calendar.schedule(.viewerContact(show: Int32(s)), at: t)
            }
        }
        for (look, walk) in lookWalks.enumerated() where walk <= horizon {
            calendar.schedule(.lookWalks(look: Int32(look)), at: walk)
        }
        calendar.schedule(.horizon, at: horizon)
    }

    /// Plays one event: the step of the channel it stands for.
    public mutating func handle(_ event: LuxuryEvent, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        switch event {
        case .channelVisitor(let s):
            let segment = Int(s)
            if let next = segmentProfiles[segment].nextArrival(after: now, using: streams.segment[segment]), next <= horizon {
                calendar.schedule(.channelVisitor(segment: s), at: next)
            }
            browse(segment: segment, source: .browsing, calendar: &calendar)
        case .appVisitor:
            if let next = appProfile.nextArrival(after: now, using: streams.traffic), next <= horizon {
                calendar.schedule(.appVisitor, at: next)
            }
            let segment = streams.traffic.pick(shares: segmentShares)
            if streams.traffic.uniform() < spec.traffic.segments[segment].channelEntry {
                browse(segment: segment, source: .browsing, calendar: &calendar)
            } else {
                counts.otherVisitors += 1
            }
        case .showVisitorArrives(let s):
            showVisitorArrives(show: Int(s), calendar: &calendar)
        case .showVisit(let segment):
            browse(segment: Int(segment), source: .showBrowsing, calendar: &calendar)
        case .viewerContact(let s):
            viewerContact(show: Int(s), calendar: &calendar)
        case .addToCart(let p, let attempt, let orders, let source):
            addToCart(Int(p), entity: DemandAttempt.entity(attempt, source: source), orders: orders, source: source,
                      calendar: &calendar)
        case .buyNow(let p, let attempt, let source):
            buyNow(Int(p), entity: DemandAttempt.entity(attempt, source: source), source: source, calendar: &calendar)
        case .holdEnds(let h):
            holdEnds(h, at: now)
        case .orderPlaced(let h):
            orderPlaced(h, calendar: &calendar)
        case .orderTaken(let o):
            orderTaken(o, calendar: &calendar)
        case .paymentSubmitted(let o):
            enqueuePayment(o, calendar: &calendar)
        case .paymentProcessed(let o):
            paymentProcessed(o, calendar: &calendar)
        case .paymentWindowEnds(let o):
            paymentWindowEnds(o, at: now)
        case .checkoutGivesUp(let o, let visit):
            checkoutGivesUp(o, visit: visit, at: now)
        case .viewerJoins(let s):
            joinViewer(show: Int(s), calendar: &calendar)
        case .lookWalks(let look):
            walk(look: Int(look), calendar: &calendar)
        case .staffChange(let station, let change):
            changeStaff(at: station, change: Int(change), calendar: &calendar)
        case .workDone(let station, let work):
            workDone(work, at: station, calendar: &calendar)
        case .wave:
            releaseWave(calendar: &calendar)
        case .shipped(let o):
            ship(o, calendar: &calendar)
        case .delivered(let o):
            deliver(o, calendar: &calendar)
        case .returned(let r):
            receiveReturn(r, calendar: &calendar)
        case .contact(let c):
            contactArrives(c, calendar: &calendar)
        case .chatEnds(let c):
            chatEnds(c, calendar: &calendar)
        case .patienceEnds(let c, let visit):
            patienceEnds(c, visit: visit, calendar: &calendar)
        case .horizon:
            reachHorizon(at: now)
        }
    }
}
