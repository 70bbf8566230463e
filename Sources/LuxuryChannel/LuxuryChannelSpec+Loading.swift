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
        shows = try Self.shows(one: showNode, several: showsNode, catalogue: catalogue)
        let categories = catalogue.categories
        fulfilment = try fulfilmentNode.map { try Fulfilment(from: $0) }
        returns = try returnsNode.map { try Returns(from: $0, categories: categories) }
        care = try careNode.map { try Care(from: $0) }
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

    /// `catalogue:` — brands, opt-out, products, stock, substitution, the sale window, categories.
    static func catalogue(from node: SpecNode) throws -> Catalogue {
        var m = try node.mapping("a catalogue mapping")
        let brands = try m.required("brands") { try $0.count(minimum: 1, what: "number of brands") }
        let optOut = try m.optional("opt-out") { try $0.probability(what: "opt-out share") } ?? 0
        let products = try m.required("products-per-brand") { try $0.count(minimum: 1, what: "products per brand") }
        let stock = try m.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") }
        let substitution = try m.optional("substitution") { try $0.probability(what: "substitution share") } ?? 0
        var opens = 0.0
        var length = Double.infinity
        var stagger = 0.0
        if let sale = m.optional("sale") {
            var s = try sale.mapping("{opens: …, length: …, stagger: …}")
            opens = try s.optional("opens") { try $0.duration() } ?? 0
            length = try s.optional("length") { try $0.duration(positive: true, what: "sale length") } ?? .infinity
            stagger = try s.optional("stagger") { try $0.duration() } ?? 0
            try s.finish()
        }
        let categoriesNode = try m.required("categories")
        let categories = try categoriesNode.list("a list of categories").map { item -> Category in
            var c = try item.mapping("a category")
            let category = Category(name: try c.required("name") { try $0.string() },
                                    share: try c.required("share") { try $0.probability(what: "share") },
                                    price: try c.required("price") { try $0.distribution() })
            try c.finish()
            return category
        }
        guard !categories.isEmpty else { throw categoriesNode.error("at least one category is needed") }
        let total = categories.reduce(0) { $0 + $1.share }
        guard abs(total - 1) < 1e-6 else { throw categoriesNode.error("category shares add up to \(total), not 1") }
        try m.finish()
        return Catalogue(brands: brands, categories: categories, optOut: optOut, productsPerBrand: products,
                         stockPerProduct: stock, saleOpens: opens, saleLength: length, saleStagger: stagger,
                         substitution: substitution)
    }

    /// `checkout:` — hold window, time to order, payment, intake and processing capacity.
    static func checkout(from node: SpecNode) throws -> Checkout {
        var m = try node.mapping("a checkout mapping")
        let hold = try m.required("hold") { try $0.duration(positive: true, what: "hold window") }
        let toOrder = try m.required("time-to-order") { try $0.distribution() }
        let paymentNode = try m.required("payment")
        var p = try paymentNode.mapping("{success: …, retries: …, time: …}")
        let success = try p.required("success") { try $0.probability(what: "payment success probability") }
        let retries = try p.optional("retries") { try $0.count(minimum: 0, what: "retries") } ?? 0
        let time = try p.required("time") { try $0.distribution() }
        try p.finish()
        let orders = try m.required("orders-per-second") { try $0.nonNegative(positive: true, what: "order throughput") }
        let payments = try m.required("payments-per-second") { try $0.nonNegative(positive: true, what: "payment throughput") }
        try m.finish()
        return Checkout(hold: hold, timeToOrder: toOrder, paymentSuccess: success, paymentRetries: retries,
                        paymentTime: time, ordersPerSecond: orders, paymentsPerSecond: payments)
    }

    /// `looks: [{at: 10m, brand: 12, products: 3, stock-per-product: 300, price: {…}}, …]`, in runway order;
    /// `at` is after the show's start, `brand` an index among the channel's brands.
    static func explicitLooks(_ node: SpecNode, start: Double, catalogue: Catalogue) throws -> [Look] {
        var last = -Double.infinity
        let looks = try node.list().map { item -> Look in
            var m = try item.mapping("a look {at, brand, products, stock-per-product, price}")
            let atNode = try m.required("at")
            let at = try atNode.duration()
            guard at >= last else { throw atNode.error("looks must be listed in runway order") }
            last = at
            let brand = try m.optional("brand") { try $0.count(minimum: 0, what: "brand index") }
            let look = Look(brand: brand, start: start + at,
                            products: try m.required("products") { try $0.count(minimum: 1, what: "products") },
                            stockPerProduct: try m.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") },
                            price: try m.required("price") { try $0.distribution() },
                            category: try m.optional("category") { try category(named: $0, in: catalogue) } ?? defaultLookCategory(catalogue))
            try m.finish()
            return look
        }
        guard !looks.isEmpty else { throw node.error("a show needs at least one look") }
        return looks
    }

    /// The index of the category a node names.
    static func category(named node: SpecNode, in catalogue: Catalogue) throws -> Int {
        let name = try node.string()
        guard let k = catalogue.categories.firstIndex(where: { $0.name == name }) else {
            throw node.error("no category named '\(name)' (categories: \(catalogue.categories.map(\.name).joined(separator: ", ")))")
        }
        return k
    }

    /// Looks are fashion unless they say otherwise (a runway show walks fashion);
    /// without a `fashion` category, the first category.
    static func defaultLookCategory(_ catalogue: Catalogue) -> Int {
        catalogue.categories.firstIndex { $0.name == "fashion" } ?? 0
    }

    /// `show:` (one show, named "show") or `shows:` (a list of named shows), not both.
    static func shows(one: SpecNode?, several: SpecNode?, catalogue: Catalogue) throws -> [Show] {
        if one != nil, let several { throw several.error("give either 'show' (one show) or 'shows' (a list), not both") }
        if let one { return [try show(from: one, catalogue: catalogue, named: true)] }
        guard let several else { return [] }
        let items = try several.list()
        guard !items.isEmpty else { throw several.error("'shows' needs at least one show") }
        var shows: [Show] = []
        for item in items {
            let show = try Self.show(from: item, catalogue: catalogue, named: false)
            if shows.contains(where: { $0.name == show.name }) {
                throw item.error("a second show named '\(show.name)' (show names must differ: they name the metrics)")
            }
            shows.append(show)
        }
        return shows
    }

    /// One show; in a list (`named: false` for `shows:` items) it must have a `name`.
    static func show(from node: SpecNode, catalogue: Catalogue, named single: Bool) throws -> Show {
        var m = try node.mapping("a show mapping")
        let name: String
        if single {
            name = try m.optional("name") { try $0.string() } ?? "show"
        } else {
            let nameNode = try m.required("name")
            name = try nameNode.string()
            guard !name.isEmpty, !name.contains("."), !name.contains(where: \.isWhitespace) else {
                throw nameNode.error("a show name must be one word without dots (it becomes part of metric names)")
            }
        }
        let start = try m.required("start") { try $0.duration(what: "show start") }
        let viewers = try m.required("viewers") { try $0.nonNegative(what: "viewers") }
        let buildUp = try m.required("build-up") { try $0.duration(positive: true, what: "build-up") }
        let watch = try m.required("watch-time") { try $0.duration(positive: true, what: "watch time") }
        let intent = try m.required("buy-intent") { try $0.probability(what: "buy intent") }
        let delay = try m.required("buy-delay") { try $0.distribution() }
        let looksNode = try m.required("looks")
        let looks: [Look]
        if case .sequence = looksNode.value {
            looks = try explicitLooks(looksNode, start: start, catalogue: catalogue)
        } else {
            var l = try looksNode.mapping("{count: …, first: …, every: …, products: …, stock-per-product: …, price: …} or a list of looks")
            let count = try l.required("count") { try $0.count(minimum: 1, what: "number of looks") }
            let first = try l.optional("first") { try $0.duration() } ?? 0
            let every = try l.required("every") { try $0.duration(positive: true, what: "time per look") }
            let products = try l.required("products") { try $0.count(minimum: 1, what: "products per look") }
            let stock = try l.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") }
            let price = try l.required("price") { try $0.distribution() }
            let category = try l.optional("category") { try Self.category(named: $0, in: catalogue) } ?? Self.defaultLookCategory(catalogue)
            try l.finish()
            // Brands spread over the channel's brands, in runway order.
            looks = (0..<count).map { i in
                Look(brand: nil, start: start + first + Double(i) * every, products: products, stockPerProduct: stock,
                     price: price, category: category)
            }
        }
        try m.finish()
        return Show(name: name, start: start, viewers: viewers, buildUp: buildUp, watchTime: watch, looks: looks,
                    buyIntent: intent, buyDelay: delay)
    }
}
