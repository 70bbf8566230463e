import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// Reads a `kind: luxury-channel` model, rejecting every mistake with its location.
    public init(from root: SpecNode) throws {
        var top = try root.mapping("a model mapping")
        let kindNode = try top.required("kind")
        guard try kindNode.string() == "luxury-channel" else { throw kindNode.error("expected kind 'luxury-channel'") }
        visitorLevel = try top.optional("visitor-level") { try $0.bool() } ?? false
        traffic = try top.required("traffic") { try Self.traffic(from: $0) }
        catalogue = try top.required("catalogue") { try Self.catalogue(from: $0) }
        checkout = try top.required("checkout") { try Self.checkout(from: $0) }
        let showNode = top.optional("show")
        let showsNode = top.optional("shows")
        let fulfilmentNode = top.optional("fulfilment")
        let returnsNode = top.optional("returns")
        let careNode = top.optional("care")
        try top.finish()
        shows = try Self.shows(one: showNode, several: showsNode, catalogue: catalogue, traffic: traffic)
        if let node = showsNode ?? showNode {
            let lookProducts = shows.reduce(0.0) { $0 + $1.looks.reduce(0.0) { $0 + Double($1.products) } }
            let browsing = Double(catalogue.brands) * Double(catalogue.productsPerBrand)
            try Self.requireProducts(browsing + lookProducts, at: node,
                                     making: "\(NumberText.count(browsing)) browsing products and \(NumberText.count(lookProducts)) look products")
        }
        try Self.requireBrands(for: shows, nodes: [showNode, showsNode].compactMap { $0 }, catalogue: catalogue)
        let categories = catalogue.categories
        fulfilment = try fulfilmentNode.map { try Fulfilment(from: $0) }
        returns = try returnsNode.map { try Returns(from: $0, categories: categories) }
        care = try careNode.map { try Care(from: $0, hourly: traffic.hourly) }
        if returns != nil && fulfilment == nil, let returnsNode {
            throw returnsNode.error("returns need 'fulfilment' (units come back after delivery)")
        }
        do {
            metricCatalogue = try makeCatalogue()
        } catch let collision as MetricCatalogue.Collision {
            throw root.error("two metrics would be named '\(collision.name)'; rename the show, category, tier or warehouse that makes it")
        }
    }

    /// `traffic:` — visitors per day, hourly and day-of-week shapes, segments, session length.
    static func traffic(from node: SpecNode) throws -> Traffic {
        var m = try node.mapping("a traffic mapping")
        let perDayNode = try m.required("visitors-per-day")
        let perDay = try perDayNode.nonNegative(what: "visitors per day")
        guard perDay <= 1e12 else { throw perDayNode.error("more than 10¹² visitors a day is beyond any app") }
        let hourlyNode = try m.required("hourly")
        let hourly = try hourlyNode.list().map { try Self.factor($0, what: "hourly factor") }
        guard hourly.count == 24 else { throw hourlyNode.error("expected 24 hourly factors (00h to 23h), found \(hourly.count)") }
        let dowNode = m.optional("day-of-week")
        let dow = try dowNode?.list().map { try Self.factor($0, what: "day-of-week factor") } ?? Array(repeating: 1, count: 7)
        if dow.count != 7, let dowNode { throw dowNode.error("expected 7 day-of-week factors (Monday first), found \(dow.count)") }
        let segmentsNode = try m.required("segments")
        let segments = try segmentsNode.list("a list of visitor segments").map { item -> Segment in
            var s = try item.mapping("a segment")
            let segment = Segment(
                name: try s.required("name") { try $0.string() },
                share: try s.required("share") { try $0.probability(what: "share") },
                channelEntry: try s.required("channel-entry") { try $0.probability(what: "channel-entry probability") },
                viewsPerVisit: try s.required("views-per-visit") { try $0.nonNegative(what: "views per visit") },
                cartPerView: try s.required("cart-per-view") { try $0.probability(what: "cart probability") },
                buyPerView: try s.optional("buy-per-view") { try $0.probability(what: "buy probability") } ?? 0,
                orderPerCart: try s.required("order-per-cart") { try $0.probability(what: "order probability") })
            try s.finish()
            if segment.cartPerView + segment.buyPerView > 1 {
                throw item.error("cart-per-view and buy-per-view add up to more than 1")
            }
            return segment
        }
        guard !segments.isEmpty else { throw segmentsNode.error("at least one segment is needed") }
        let total = segments.reduce(0) { $0 + $1.share }
        guard abs(total - 1) < 1e-6 else { throw segmentsNode.error("segment shares add up to \(total), not 1") }
        // ~3 minutes per app session: ~20 min a day over ~7 opens (DOMAIN.md).
        let session = try m.optional("session-length") { try $0.duration(positive: true, what: "session length") } ?? 180
        try m.finish()
        return Traffic(visitorsPerDay: perDay, hourly: hourly, dayOfWeek: dow, segments: segments, sessionLength: session)
    }

    /// A traffic multiplier: 0 to 100.
    static func factor(_ node: SpecNode, what: String) throws -> Double {
        let x = try node.nonNegative(what: what)
        guard x <= 100 else { throw node.error("a \(what) above 100 is not a shape factor (found \(x))") }
        return x
    }

}
