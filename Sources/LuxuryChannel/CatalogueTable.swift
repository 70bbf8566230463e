import SimulationKernel

/// The products of one replication: browsing products of the brands in the
/// channel, then the show's look products, each with brand, category, price
/// and stock, drawn from the "catalogue" stream.
struct CatalogueTable {
    /// Brand of each product (index among the channel's brands).
    var brand: [Int32] = []
    /// Category of each product (index among the catalogue's categories).
    var category: [Int32] = []
    /// Sale price of each product, RMB.
    var price: [Double] = []
    /// Flash-sale units of each product at the start.
    var stock: [Int32] = []
    /// Browsing products (the rest belong to looks).
    var browsingCount = 0
    /// Products of each brand, as a range into the table, for substitution.
    var brandProducts: [Range<Int>] = []
    /// Products of each look, as a range into the table.
    var lookProducts: [Range<Int>] = []
    /// The show each look walks in (looks are numbered across shows, in order).
    var lookShow: [Int] = []
    /// Brands in the channel (not opted out).
    var channelBrands = 0

    /// Draws the catalogue of one replication from the catalogue stream.
    init(spec: LuxuryChannelSpec, stream: RandomStream) {
        let c = spec.catalogue
        var cumulative: [Double] = []
        var running = 0.0
        for category in c.categories { running += category.share; cumulative.append(running) }
        for _ in 0..<c.brands {
            // Opting out and the category are drawn per brand.
            let optedOut = stream.uniform() < c.optOut
            let u = stream.uniform()
            let k = cumulative.firstIndex { u < $0 } ?? (cumulative.count - 1)
            guard !optedOut else { continue }
            let b = Int32(channelBrands)
            channelBrands += 1
            let first = brand.count
            for _ in 0..<c.productsPerBrand {
                brand.append(b)
                category.append(Int32(k))
                price.append(c.categories[k].price.sample(using: stream))
                stock.append(Int32(clamping: c.stockPerProduct))
            }
            brandProducts.append(first..<brand.count)
        }
        browsingCount = brand.count
        for (s, show) in spec.shows.enumerated() {
            for (i, look) in show.looks.enumerated() {
                let first = brand.count
                // Unless named, looks come from brands spread over the channel's brands (and so its warehouses).
                let lookBrand = Int32(look.brand ?? Int((Double(i) + 0.5) * Double(channelBrands) / Double(show.looks.count)))
                for _ in 0..<look.products {
                    brand.append(min(lookBrand, Int32(max(0, channelBrands - 1))))
                    category.append(Int32(look.category))
                    price.append(look.price.sample(using: stream))
                    stock.append(Int32(clamping: look.stockPerProduct))
                }
                lookProducts.append(first..<brand.count)
                lookShow.append(s)
            }
        }
    }
}
