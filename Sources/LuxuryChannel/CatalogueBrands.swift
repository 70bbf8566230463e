extension LuxuryChannelSpec.Catalogue {
    /// The brands on the channel, in platform order, each with its category
    /// index: fixed by the model, so that a brand is the same brand in every
    /// replication and scenario (its row in `breakdowns.csv` means one thing).
    ///
    /// - Opting out: of the platform's brands, ⌊brands × opt-out⌋ stay off,
    ///   spread evenly (brand b is off when ⌊(b+1)·share⌋ > ⌊b·share⌋).
    /// - Categories: the k-th channel brand takes the category whose share
    ///   interval holds frac((k + ½)·φ⁻¹), φ the golden ratio — a
    ///   low-discrepancy (Weyl) sequence, so every run of brands mixes the
    ///   categories in their shares (within a few brands over all of them)
    ///   and no block of brands is one category.
    public var brandsOnChannel: [(brand: Int, category: Int)] {
        var cumulative: [Double] = []
        var running = 0.0
        for category in categories { running += category.share; cumulative.append(running) }
        var result: [(brand: Int, category: Int)] = []
        for b in 0..<brands {
            let off = (Double(b + 1) * optOut).rounded(.down) > (Double(b) * optOut).rounded(.down)
            guard !off else { continue }
            let u = ((Double(result.count) + 0.5) * 0.618_033_988_749_894_8).truncatingRemainder(dividingBy: 1)
            result.append((b, cumulative.firstIndex { u < $0 } ?? (cumulative.count - 1)))
        }
        return result
    }

    /// Brands on the channel: the platform's brands less those that opted out.
    public var channelBrandCount: Int { brandsOnChannel.count }
}

extension LuxuryChannelSpec {
    /// The channel brand of look `i` of a show of `count` looks that names
    /// none: spread evenly over the channel's `brands` in runway order, so
    /// every look is a different brand when there are enough (the loader
    /// refuses a show needing more).
    static func spreadBrand(look i: Int, of count: Int, brands: Int) -> Int {
        Int((Double(i) + 0.5) * Double(brands) / Double(count))
    }
}
