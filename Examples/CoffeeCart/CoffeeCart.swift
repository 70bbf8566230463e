import RunwayKit

/// A model kind written outside Runway's own targets, on RunwayKit alone: a
/// coffee cart where customers arrive at random (Poisson) and one barista
/// makes each coffee in a fixed time — an M/D/1 queue, so its mean wait can
/// be checked against the Pollaczek–Khinchine formula.
///
/// ```yaml
/// kind: coffee-cart
/// customers-per-hour: 40
/// brew-time: 75s
/// ```
struct CoffeeCart: ModelKind {
    static let name = "coffee-cart"
    static let summary = "one barista, customers arriving at random, a fixed brew time (M/D/1)"
    static let supports = SettingsSupport(warmup: false, runOff: false, timeSeries: false)

    /// Arrivals per second.
    let arrivalRate: Double
    /// Seconds per coffee.
    let brewTime: Double
    let metricCatalogue: MetricCatalogue

    init(from root: SpecNode) throws {
        var m = try root.mapping("a coffee cart {kind, customers-per-hour, brew-time}")
        _ = try m.required("kind")
        let perHour = try m.required("customers-per-hour") { try $0.nonNegative(positive: true, what: "arrival rate") }
        let brewNode = try m.required("brew-time")
        brewTime = try brewNode.duration(positive: true, what: "brew time")
        try m.finish()
        arrivalRate = perHour / 3600
        guard arrivalRate * brewTime < 1 else {
            throw brewNode.error("the barista would be busy more than all the time (\(perHour)/h × \(brewTime) s ≥ 1 h)")
        }
        var c = MetricCatalogue()
        try c.add(MetricDefinition("cart.served", unit: .customers, range: .nonNegative, kind: .count,
                                   definition: "coffees handed over", headline: true))
        try c.add(MetricDefinition("cart.wait_mean", unit: .seconds, range: .nonNegative, kind: .mean,
                                   definition: "mean time from arrival to the start of brewing", headline: true))
        metricCatalogue = c
    }

    func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        var cart = CoffeeCartRun(model: self, arrivals: seeds.stream("arrivals"))
        var calendar = EventCalendar<CoffeeCartEvent>()
        calendar.schedule(.arrival, after: cart.arrivals.exponential(mean: 1 / arrivalRate))
        let events = calendar.run(&cart, until: settings.horizon)
        var o = Observations()
        o.record("cart.served", Double(cart.served))
        o.record("cart.wait_mean", cart.waits.mean)
        o.events = events
        return o
    }

    func explanation() -> String {
        YAMLText.mapping([
            .init("kind", .scalar(Self.name)),
            .init("customers-per-hour", .number(arrivalRate * 3600)),
            .init("brew-time", .number(brewTime), comment: "seconds"),
        ]).text
    }
}

/// One replication: the queue of customers and the barista.
struct CoffeeCartRun: EventHandler {
    let model: CoffeeCart
    let arrivals: RandomStream
    var arrivalTimes = FIFOQueue<Double>()
    var brewing = false
    var served = 0
    var waits = TallyMoments()

    mutating func handle(_ event: CoffeeCartEvent, calendar: inout EventCalendar<CoffeeCartEvent>) {
        switch event {
        case .arrival:
            calendar.schedule(.arrival, after: arrivals.exponential(mean: 1 / model.arrivalRate))
            arrivalTimes.append(calendar.now)
            if !brewing { startBrewing(calendar: &calendar) }
        case .coffeeReady:
            served += 1
            brewing = false
            if !arrivalTimes.isEmpty { startBrewing(calendar: &calendar) }
        }
    }

    mutating func startBrewing(calendar: inout EventCalendar<CoffeeCartEvent>) {
        guard let arrived = arrivalTimes.popFirst() else { return }
        waits.record(calendar.now - arrived)
        brewing = true
        calendar.schedule(.coffeeReady, after: model.brewTime)
    }
}
