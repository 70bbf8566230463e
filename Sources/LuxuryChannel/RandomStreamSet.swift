import SimulationKernel

/// The luxury model's random streams, one per purpose, so that scenarios
/// share random numbers purpose by purpose.
struct RandomStreamSet {
    let traffic: RandomStream
    let segment: [RandomStream]
    let browsing: RandomStream
    let catalogue: RandomStream
    let checkout: RandomStream
    let payment: RandomStream
    let show: RandomStream
    /// One per show, named after it ("show.audience" for the single show
    /// named "show", "show.audience.<name>" otherwise).
    let audiences: [RandomStream]
    /// Drawn only on stock-outs, so it must not share a stream with anything
    /// drawn on every visit (that would desynchronise scenarios with other stock).
    let substitution: RandomStream
    let fulfilment: RandomStream
    let delivery: RandomStream
    let returns: RandomStream
    let care: RandomStream

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
        fulfilment = seeds.stream("fulfilment")
        delivery = seeds.stream("delivery")
        returns = seeds.stream("returns")
        care = seeds.stream("care")
    }

    /// A segment drawn by share.
    func segmentOf(_ segments: [LuxuryChannelSpec.Segment]) -> Int {
        var u = traffic.uniform()
        for (i, s) in segments.enumerated() {
            if u < s.share { return i }
            u -= s.share
        }
        return segments.count - 1
    }
}
