import Foundation
import SimulationKernel

/// The products of one replication: browsing products of the brands in the
/// channel, then the shows' look products, each with brand, category, price,
/// stock, stock pool, popularity and appeal, drawn from the "catalogue" stream.
struct CatalogueTable {
    /// Brand of each product (index among the channel's brands).
    var brand: [Int32] = []
    /// Category of each product (index among the catalogue's categories).
    var category: [Int32] = []
    /// Sale price of each product, RMB.
    var price: [Double] = []
    /// Flash-sale units of each product at the start.
    var stock: [Int32] = []
    /// Stock pool of each product: its brand's browsing products (pool =
    /// channel brand) or its look's products (pool = channel brands + look).
    /// Substitution and extra units of a basket stay within a pool.
    var pool: [Int32] = []
    /// Products of each pool, as a range into the table: brands, then looks.
    var poolProducts: [Range<Int>] = []
    /// Popularity weight of each product (see `Catalogue.Popularity`; 1 for look products).
    var weight: [Double] = []
    /// Probability factor of a view or a look from its price: (price ÷ the
    /// category's mean price)^−ε, 1 without elasticity.
    var appeal: [Double] = []
    /// Picks a browsing product by popularity from one uniform number.
    var browsingPick: AliasTable
    /// Browsing products (the rest belong to looks).
    var browsingCount = 0
    /// Products of each look, as a range into the table.
    var lookProducts: [Range<Int>] = []
    /// The show each look walks in (looks are numbered across shows, in order).
    var lookShow: [Int] = []
    /// Brands in the channel (not opted out).
    var channelBrands = 0
    /// The platform brand (0-based) of each channel brand.
    var platformBrand: [Int32] = []

    /// The catalogue of one replication: which brands are on the channel and
    /// their categories are the model's (`Catalogue.brandsOnChannel`); prices,
    /// then lognormal popularity weights, are drawn from the catalogue stream.
    init(spec: LuxuryChannelSpec, stream: RandomStream) {
        let c = spec.catalogue
        for (b, k) in c.brandsOnChannel {
            let channelBrand = Int32(channelBrands)
            channelBrands += 1
            platformBrand.append(Int32(b))
            let first = brand.count
            for rank in 0..<c.productsPerBrand {
                brand.append(channelBrand)
                category.append(Int32(k))
                price.append(c.categories[k].price.sample(using: stream))
                stock.append(Int32(clamping: c.stockPerProduct))
                pool.append(channelBrand)
                if case .zipf(let s) = c.popularity { weight.append(1 / Foundation.pow(Double(rank + 1), s)) } else { weight.append(1) }
            }
            poolProducts.append(first..<brand.count)
        }
        browsingCount = brand.count
        for (s, show) in spec.shows.enumerated() {
            for (i, look) in show.looks.enumerated() {
                let first = brand.count
                let lookBrand = Int32(look.brand ?? LuxuryChannelSpec.spreadBrand(look: i, of: show.looks.count, brands: channelBrands))
                for _ in 0..<look.products {
                    brand.append(lookBrand)
                    category.append(Int32(look.category))
                    price.append(look.price.sample(using: stream))
                    stock.append(Int32(clamping: look.stockPerProduct))
                    pool.append(Int32(channelBrands + lookProducts.count))
                    weight.append(1)
                }
                lookProducts.append(first..<brand.count)
                poolProducts.append(first..<brand.count)
                lookShow.append(s)
            }
        }
        if case .lognormal(let cv) = c.popularity, browsingCount > 0 {
            let law = try! Distribution.lognormal(mean: 1, cv: cv)
            for p in 0..<browsingCount { weight[p] = law.sample(using: stream) }
        }
        browsingPick = AliasTable(weights: browsingCount > 0 ? Array(weight[0..<browsingCount]) : [1])
        let elasticity = c.priceElasticity
        let reference = c.categories.map(\.price.mean)
        appeal = elasticity == 0 ? Array(repeating: 1, count: price.count)
            : price.indices.map { p in Foundation.pow(price[p] / reference[Int(category[p])], -elasticity) }
    }

    /// Pools of the channel's brands come first: a pool at or beyond `channelBrands` is a look's.
    func look(ofPool pool: Int) -> Int? { pool >= channelBrands ? pool - channelBrands : nil }
}
