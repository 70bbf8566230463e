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

    /// The platform brand (0-based) of each channel brand.
    var platformBrand: [Int32] = []

    /// The catalogue of one replication: which brands are on the channel and
    /// their categories are the model's (`Catalogue.brandsOnChannel`); prices
    /// are drawn from the catalogue stream.
    init(spec: LuxuryChannelSpec, stream: RandomStream) {
        let c = spec.catalogue
        for (b, k) in c.brandsOnChannel {
            let channelBrand = Int32(channelBrands)
            channelBrands += 1
            platformBrand.append(Int32(b))
            let first = brand.count
            for _ in 0..<c.productsPerBrand {
                brand.append(channelBrand)
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
                let lookBrand = Int32(look.brand ?? LuxuryChannelSpec.spreadBrand(look: i, of: show.looks.count, brands: channelBrands))
                for _ in 0..<look.products {
                    brand.append(lookBrand)
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
