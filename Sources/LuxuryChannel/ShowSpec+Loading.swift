import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// `looks: [{at: 10m, brand: 12, products: 3, stock-per-product: 300, price: {…}}, …]`, in runway order;
    /// `at` is after the show's start, `brand` an index among the channel's brands.
    static func explicitLooks(_ node: SpecNode, catalogue: Catalogue) throws -> [Look] {
        var last = -Double.infinity
        let looks = try node.list().map { item -> Look in
            var m = try item.mapping("a look {at, brand, products, stock-per-product, price}")
            let atNode = try m.required("at")
            let at = try atNode.duration()
            guard at >= last else { throw atNode.error("looks must be listed in runway order") }
            last = at
            let brand = try m.optional("brand") { try $0.count(minimum: 0, what: "brand index") }
            let look = Look(brand: brand, at: at,
                            products: try m.required("products") { try $0.count(minimum: 1, what: "products") },
                            stockPerProduct: try m.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") },
                            price: try m.required("price") { try Self.price($0) },
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
    static func shows(one: SpecNode?, several: SpecNode?, catalogue: Catalogue, traffic: Traffic) throws -> [Show] {
        if one != nil, let several { throw several.error("give either 'show' (one show) or 'shows' (a list), not both") }
        if let one { return [try show(from: one, catalogue: catalogue, traffic: traffic, named: true)] }
        guard let several else { return [] }
        let items = try several.list()
        guard !items.isEmpty else { throw several.error("'shows' needs at least one show") }
        var shows: [Show] = []
        for item in items {
            let show = try Self.show(from: item, catalogue: catalogue, traffic: traffic, named: false)
            if shows.contains(where: { $0.name == show.name }) {
                throw item.error("a second show named '\(show.name)' (show names must differ: they name the metrics)")
            }
            shows.append(show)
        }
        return shows
    }

    /// One show; in a list (`named: false` for `shows:` items) it must have a `name`.
    static func show(from node: SpecNode, catalogue: Catalogue, traffic: Traffic, named single: Bool) throws -> Show {
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
        let start = try m.required("start") { try $0.moment(what: "show start") }
        let viewers = try m.required("viewers") { try $0.nonNegative(what: "viewers") }
        let buildUp = try m.required("build-up") { try $0.duration(positive: true, what: "build-up") }
        let watch = try m.required("watch-time") { try $0.duration(positive: true, what: "watch time") }
        let intent = try m.required("buy-intent") { try $0.probability(what: "buy intent") }
        let delay = try m.required("buy-delay") { try $0.distribution() }
        let browsing = try m.optional("browsing") { try Self.showBrowsing($0, traffic: traffic) }
        let looksNode = try m.required("looks")
        let looks: [Look]
        if case .sequence = looksNode.value {
            looks = try explicitLooks(looksNode, catalogue: catalogue)
        } else {
            var l = try looksNode.mapping("{count: …, first: …, every: …, products: …, stock-per-product: …, price: …} or a list of looks")
            let countNode = try l.required("count")
            let count = try countNode.count(minimum: 1, what: "number of looks")
            let first = try l.optional("first") { try $0.duration() } ?? 0
            let every = try l.required("every") { try $0.duration(positive: true, what: "time per look") }
            let productsNode = try l.required("products")
            let products = try productsNode.count(minimum: 1, what: "products per look")
            // Checked before the looks are listed, at the larger of the two.
            try requireProducts(Double(count) * Double(products), at: count >= products ? countNode : productsNode,
                                making: "\(NumberText.count(count)) looks × \(NumberText.count(products)) products per look")
            let stock = try l.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") }
            let price = try l.required("price") { try Self.price($0) }
            let category = try l.optional("category") { try Self.category(named: $0, in: catalogue) } ?? Self.defaultLookCategory(catalogue)
            try l.finish()
            // Brands spread over the channel's brands, in runway order.
            looks = (0..<count).map { i in
                Look(brand: nil, at: first + Double(i) * every, products: products, stockPerProduct: stock,
                     price: price, category: category)
            }
        }
        try m.finish()
        return Show(name: name, start: start, viewers: viewers, buildUp: buildUp, watchTime: watch, looks: looks,
                    buyIntent: intent, buyDelay: delay, browsing: browsing)
    }

    /// `{share: 5%, segment: other-members, delay: {dist: exponential, mean: 20m}}`.
    static func showBrowsing(_ node: SpecNode, traffic: Traffic) throws -> ShowBrowsing {
        var m = try node.mapping("{share: …, segment: …, delay: …}")
        let share = try m.required("share") { try $0.probability(what: "share of viewers who browse") }
        let segmentNode = try m.required("segment")
        let name = try segmentNode.string()
        guard let segment = traffic.segments.firstIndex(where: { $0.name == name }) else {
            var message = "no segment named '\(name)'"
            if let s = MappingReader.nearest(to: name, in: traffic.segments.map(\.name)) { message += MappingReader.didYouMean(s, for: name) }
            throw segmentNode.error(message)
        }
        let delay = try m.required("delay") { try $0.distribution() }
        try m.finish()
        return ShowBrowsing(share: share, segment: segment, delay: delay)
    }
}
