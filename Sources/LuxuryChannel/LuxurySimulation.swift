import CGSL
import CSupport
import SimulationKernel

/// One replication of the luxury channel's demand side: traffic, browsing,
/// carts and stock holds, the live show, orders and payments.
public struct LuxurySimulation: EventHandler {
    let spec: LuxuryChannelSpec
    var catalogue: CatalogueTable
    var stock: StockLedger
    var reservations: [Reservation] = []
    var counts = LuxuryCounts()
    var ordersPerSecond = PeakRate()
    var paymentsPerSecond = PeakRate()
    var checkoutWait = Tally()
    /// Viewers watching any show.
    var viewers = TimeWeightedLevel()
    /// Each show's audience.
    var audiences: [LiveAudience]
    var orderIntake = ServerPool<Int32>(servers: 1)
    var paymentProcessing = ServerPool<Int32>(servers: 1)
    var series: LuxurySeries?
    var ops = OperationsState()

    let appProfile: RateProfile
    let segmentProfiles: [RateProfile]
    let streams: RandomStreamSet

    /// A fresh replication.
    public init(spec: LuxuryChannelSpec, seeds: StreamSeeds, horizon: Double, clockOffset: Double) {
        self.spec = spec
        streams = RandomStreamSet(seeds: seeds, segments: spec.traffic.segments.count, shows: spec.shows.map(\.name))
        catalogue = CatalogueTable(spec: spec, stream: streams.catalogue)
        stock = StockLedger(stock: catalogue.stock)
        let app = TrafficRates.app(spec.traffic, horizon: horizon, clockOffset: clockOffset)
        appProfile = app
        segmentProfiles = spec.traffic.segments.map { TrafficRates.scaled(app, by: $0.share * $0.channelEntry) }
        audiences = zip(spec.shows, streams.audiences).map { show, stream in
            LiveAudience(joins: ShowAudience.joins(show) ?? .none, meanWatchTime: show.watchTime, generator: stream.gsl)
        }
        counts.unitsByCategory = Array(repeating: 0, count: spec.catalogue.categories.count)
        counts.unitsByLook = Array(repeating: 0, count: catalogue.lookProducts.count)
        counts.revenueByCategory = Array(repeating: 0, count: spec.catalogue.categories.count)
    }

    /// Runs to `horizon` and reports the metrics (and series with `seriesBucket`).
    public static func run(spec: LuxuryChannelSpec, seeds: StreamSeeds, horizon: Double, clockOffset: Double,
                           seriesBucket: Double? = nil) -> Observations {
        var model = LuxurySimulation(spec: spec, seeds: seeds, horizon: horizon, clockOffset: clockOffset)
        if let width = seriesBucket {
            model.series = LuxurySeries(width: width, horizon: horizon)
            model.noteStock(at: 0)
        }
        var calendar = EventCalendar<LuxuryEvent>()
        model.start(calendar: &calendar, horizon: horizon)
        model.startOperations(calendar: &calendar, horizon: horizon, clockOffset: clockOffset)
        let events = calendar.run(&model, until: horizon)
        let stop = calendar.stoppedClock.map { ClockStop(time: $0.time, events: $0.events, process: "event \($0.event)") }
        model.playViewerLeaves(until: horizon)
        var o = model.observations(at: calendar.now)
        o.events = events
        o.clockStop = stop
        if var series = model.series { o.series = series.finished(at: horizon) }
        return o
    }

    mutating func start(calendar: inout EventCalendar<LuxuryEvent>, horizon: Double) {
        if spec.visitorLevel {
            if let t = appProfile.nextArrival(after: 0, using: streams.traffic) { calendar.schedule(.appVisitor, at: t) }
        } else {
            for (i, profile) in segmentProfiles.enumerated() {
                if let t = profile.nextArrival(after: 0, using: streams.segment[i]) {
                    calendar.schedule(.channelVisitor(segment: Int32(i)), at: t)
                }
            }
            // Visitors who never enter the channel are only counted: a Poisson
            // number with the thinned-away mean, so the split is exact.
            let total = appProfile.expectedArrivals(from: 0, to: horizon)
            let entering = spec.traffic.segments.reduce(0) { $0 + $1.share * $1.channelEntry }
            counts.otherVisitors = Int(gsl_ran_poisson(streams.traffic.gsl, total * (1 - entering)))
        }
        var look: Int32 = 0
        for (s, show) in spec.shows.enumerated() {
            if let first = audiences[s].nextJoin(after: 0) {
                calendar.schedule(.viewerJoins(show: Int32(s)), at: first)
            }
            for walk in show.looks {
                calendar.schedule(.lookWalks(look: look), at: walk.start)
                look += 1
            }
        }
    }

    public mutating func handle(_ event: LuxuryEvent, calendar: inout EventCalendar<LuxuryEvent>) {
        let now = calendar.now
        switch event {
        case .channelVisitor(let s):
            let segment = Int(s)
            if let next = segmentProfiles[segment].nextArrival(after: now, using: streams.segment[segment]) {
                calendar.schedule(.channelVisitor(segment: s), at: next)
            }
            browse(segment: segment, calendar: &calendar)
        case .appVisitor:
            if let next = appProfile.nextArrival(after: now, using: streams.traffic) { calendar.schedule(.appVisitor, at: next) }
            let segment = streams.segmentOf(spec.traffic.segments)
            if streams.traffic.uniform() < spec.traffic.segments[segment].channelEntry {
                browse(segment: segment, calendar: &calendar)
            } else {
                counts.otherVisitors += 1
            }
        case .addToCart(let p, let orders):
            addToCart(Int(p), orders: orders, calendar: &calendar)
        case .buyNow(let p, let live):
            buyNow(Int(p), live: live, calendar: &calendar)
        case .holdEnds(let r):
            guard reservations[Int(r)].state == .held else { return }
            reservations[Int(r)].state = .expired
            stock.release(Int(reservations[Int(r)].product))
            counts.expired += 1
            noteStock(at: now)
        case .orderPlaced(let r):
            guard reservations[Int(r)].state == .held else { return }
            placeOrder(r, calendar: &calendar)
        case .orderTaken(let r):
            orderTaken(r, calendar: &calendar)
        case .paymentSubmitted(let r):
            enqueuePayment(r, calendar: &calendar)
        case .paymentProcessed(let r):
            paymentProcessed(r, calendar: &calendar)
        case .viewerJoins(let s):
            joinViewer(show: Int(s), calendar: &calendar)
        case .lookWalks(let look):
            walk(look: Int(look), calendar: &calendar)
        case .staffChange(let station, let change):
            changeStaff(station: Int(station), change: Int(change), calendar: &calendar)
        case .workDone(let station, let r):
            workDone(r, at: Int(station), calendar: &calendar)
        case .wave:
            releaseWave(calendar: &calendar)
        case .shipped(let r):
            ship(r, calendar: &calendar)
        case .delivered(let r):
            deliver(r, calendar: &calendar)
        case .returned(let r):
            receiveReturn(r, calendar: &calendar)
        case .contact(let reason):
            contactArrives(reason: Int(reason), calendar: &calendar)
        case .chatEnds:
            chatEnds(calendar: &calendar)
        case .patienceEnds(let c, let visit):
            patienceEnds(c, visit: visit, calendar: &calendar)
        }
    }
}
