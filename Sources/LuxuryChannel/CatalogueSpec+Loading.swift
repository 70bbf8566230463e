import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// A sale price in RMB: a distribution whose mean is positive and at most
    /// RMB 10 million. The bound only catches mistakes (prices in fen, an
    /// extra zero or six): DOMAIN.md's luxury items average RMB 2,300, and a
    /// parcel over RMB 20,000 already travels by secured service.
    static func price(_ node: SpecNode) throws -> Distribution {
        let d = try node.distribution()
        let mean = d.mean
        guard mean > 0, mean.isFinite else { throw node.error("a price needs a positive mean, found \(mean)") }
        guard mean <= 1e7 else {
            throw node.error("a mean sale price of RMB \(NumberText.shortest(mean)) is beyond any flash sale (at most RMB 10 million; luxury items average RMB 2,300)")
        }
        return d
    }

    /// Refuses shows whose looks need brands the channel does not have: a
    /// look naming a brand index beyond the channel's brands, or a show with
    /// more unnamed looks than brands on the channel (brands that opted out
    /// stay off the channel, the runway included).
    static func requireBrands(for shows: [Show], nodes: [SpecNode], catalogue: Catalogue) throws {
        let available = catalogue.channelBrandCount
        var showNodes = nodes
        if let list = nodes.first, case .sequence(let items) = list.value { showNodes = items }
        for (show, node) in zip(shows, showNodes) {
            let unnamed = show.looks.filter { $0.brand == nil }.count
            if unnamed > available {
                throw node.error("show '\(show.name)' walks \(unnamed) looks of different brands, but only \(available) of the \(catalogue.brands) brands are on the channel (opt-out \(NumberText.shortest(catalogue.optOut * 100))%)")
            }
            if let look = show.looks.first(where: { ($0.brand ?? 0) >= available }) {
                throw node.error("show '\(show.name)' has a look of brand \(look.brand ?? 0), but the channel's brands are numbered 0 to \(available - 1) (\(available) of \(catalogue.brands) are on the channel)")
            }
        }
    }

    /// Most products a catalogue may hold, browsing and look products
    /// together: every replication lists each (brand, category, price,
    /// stock, popularity), so their number bounds its memory. Tmall's luxury
    /// pavilion has 3,000 brands of 10 products.
    public static let maximumProducts = 1_000_000

    /// Refuses `count` products (what `making` says makes them) beyond `maximumProducts`, at `node`.
    static func requireProducts(_ count: Double, at node: SpecNode, making: String) throws {
        guard count > Double(maximumProducts) else { return }
        throw node.error("\(making) would make \(NumberText.count(count)) products, each held in every replication; "
                         + "at most \(NumberText.count(maximumProducts))")
    }

    /// `catalogue:` — brands, opt-out, products, stock, substitution, the sale window, categories.
    static func catalogue(from node: SpecNode) throws -> Catalogue {
        var m = try node.mapping("a catalogue mapping")
        let brandsNode = try m.required("brands")
        let brands = try brandsNode.count(minimum: 1, what: "number of brands")
        let optOut = try m.optional("opt-out") { try $0.probability(what: "opt-out share") } ?? 0
        let productsNode = try m.required("products-per-brand")
        let products = try productsNode.count(minimum: 1, what: "products per brand")
        try Self.requireProducts(Double(brands) * Double(products), at: brands > products ? brandsNode : productsNode,
                                 making: "\(NumberText.count(brands)) brands × \(NumberText.count(products)) products per brand")
        let stock = try m.required("stock-per-product") { try $0.count(minimum: 0, what: "stock per product") }
        let substitution = try m.optional("substitution") { try $0.probability(what: "substitution share") } ?? 0
        let popularity = try m.optional("popularity") { try Self.popularity($0) } ?? .uniform
        let elasticity = try m.optional("price-elasticity") { try $0.nonNegative(what: "price elasticity") } ?? 0
        var opens = Moment(.afterStart(0), at: node.location)
        var length = Double.infinity
        var stagger = 0.0
        if let sale = m.optional("sale") {
            var s = try sale.mapping("{opens: …, length: …, stagger: …}")
            opens = try s.optional("opens") { try $0.moment(what: "sale opening") } ?? opens
            length = try s.optional("length") { try $0.duration(positive: true, what: "sale length") } ?? .infinity
            stagger = try s.optional("stagger") { try $0.duration() } ?? 0
            try s.finish()
        }
        let categoriesNode = try m.required("categories")
        let categories = try categoriesNode.list("a list of categories").map { item -> Category in
            var c = try item.mapping("a category")
            let category = Category(name: try c.required("name") { try $0.string() },
                                    share: try c.required("share") { try $0.probability(what: "share") },
                                    price: try c.required("price") { try Self.price($0) })
            try c.finish()
            return category
        }
        guard !categories.isEmpty else { throw categoriesNode.error("at least one category is needed") }
        let total = categories.reduce(0) { $0 + $1.share }
        guard abs(total - 1) < 1e-6 else { throw categoriesNode.error("category shares add up to \(total), not 1") }
        try m.finish()
        return Catalogue(brands: brands, categories: categories, optOut: optOut, productsPerBrand: products,
                         stockPerProduct: stock, saleOpens: opens, saleLength: length, saleStagger: stagger,
                         substitution: substitution, popularity: popularity, priceElasticity: elasticity)
    }

    /// `uniform`, `{law: zipf, exponent: 1}` or `{law: lognormal, cv: 1.5}`.
    static func popularity(_ node: SpecNode) throws -> Popularity {
        if node.scalar == "uniform" { return .uniform }
        var m = try node.mapping("uniform, {law: zipf, exponent: …} or {law: lognormal, cv: …}")
        let lawNode = try m.required("law")
        let popularity: Popularity
        switch try lawNode.string() {
        case "zipf":
            popularity = .zipf(exponent: try m.required("exponent") { try $0.nonNegative(what: "Zipf exponent") })
        case "lognormal":
            popularity = .lognormal(cv: try m.required("cv") { try $0.nonNegative(positive: true, what: "coefficient of variation") })
        case "uniform":
            popularity = .uniform
        case let other:
            throw lawNode.error("a popularity law is uniform, zipf or lognormal; found '\(other)'")
        }
        try m.finish()
        return popularity
    }
}
