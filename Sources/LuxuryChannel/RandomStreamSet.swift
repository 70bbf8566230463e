import SimulationKernel

/// The luxury model's random streams, one per purpose, so that scenarios
/// share random numbers purpose by purpose.
struct RandomStreamSet {
    /// App visitors (visitor level) and the visitors who never enter the channel.
    let traffic: RandomStream
    /// Channel visitors of each segment (thinned traffic).
    let segment: [RandomStream]
    /// Views, carts and buys of a channel visit.
    let browsing: RandomStream
    /// Brands, categories and prices of the catalogue.
    let catalogue: RandomStream
    /// Time from cart to order.
    let checkout: RandomStream
    /// Payment times and outcomes.
    let payment: RandomStream
    /// Show buy attempts.
    let show: RandomStream
    /// One per show, named after it ("show.audience" for the single show
    /// named "show", "show.audience.<name>" otherwise).
    let audiences: [RandomStream]
    /// Drawn only on stock-outs, so it must not share a stream with anything
    /// drawn on every visit (that would desynchronise scenarios with other stock).
    let substitution: RandomStream
    /// Units per order and the extra units' products (restarted per attempt).
    let basket: RandomStream
    /// Arrivals of the viewers a show brings to browse, and their delays.
    let showVisitors: RandomStream
    /// Views, carts and buys of those visits.
    let showBrowsing: RandomStream
    /// Arrivals of contacts from show viewers.
    let viewerContacts: RandomStream
    /// Whether a channel visit prompts contacts: browsing visits, visits brought by shows.
    let visitCare: RandomStream
    let showVisitCare: RandomStream
    /// Warehouse work, carrier and tier of each order.
    let fulfilment: RandomStream
    /// Carriers' lead times.
    let delivery: RandomStream
    /// Return decisions, times, receiving work and restocking.
    let returns: RandomStream
    /// Contacts, bots, handle times and patience.
    let care: RandomStream

    /// The streams of one replication.
    init(seeds: StreamSeeds, segments: Int, shows: [String]) {
        traffic = seeds.stream("traffic")
        segment = (0..<segments).map { seeds.stream("traffic.segment.\($0)") }
        browsing = seeds.stream("browsing")
        catalogue = seeds.stream("catalogue")
        checkout = seeds.stream("checkout")
        payment = seeds.stream("payment")
        show = seeds.stream("show")
        audiences = shows.map { seeds.stream($0 == "show" ? "show.audience" : "show.audience.\($0)") }
        substitution = seeds.stream("substitution")
        basket = seeds.stream("basket")
        showVisitors = seeds.stream("show.visitors")
        showBrowsing = seeds.stream("show.browsing")
        viewerContacts = seeds.stream("care.viewers")
        visitCare = seeds.stream("care.visits")
        showVisitCare = seeds.stream("care.visits.show")
        fulfilment = seeds.stream("fulfilment")
        delivery = seeds.stream("delivery")
        returns = seeds.stream("returns")
        care = seeds.stream("care")
    }
}
