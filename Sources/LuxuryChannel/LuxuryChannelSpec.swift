import ModelSpec
import SimulationKernel

/// A `kind: luxury-channel` model, validated: app traffic and its split into
/// channel visitors, the flash-sale catalogue and its stock, the browsing
/// funnel, the live shows, checkout, and — when present — fulfilment,
/// returns and customer care. Times in seconds, money in RMB.
public struct LuxuryChannelSpec: Sendable {
    /// App traffic and the channel's visitor segments.
    public var traffic: Traffic
    /// Brands, products, prices and flash-sale stock.
    public var catalogue: Catalogue
    /// Holding stock, ordering and paying.
    public var checkout: Checkout
    /// The live shows, in the file's order (`show:` gives one, `shows:` several).
    public var shows: [Show]
    /// The first show, if any (most models have one).
    public var show: Show? { shows.first }
    /// Warehouses, carriers and delivery (nil: orders are not fulfilled).
    public var fulfilment: Fulfilment?
    /// Returns of delivered units (nil: nothing comes back; needs `fulfilment`).
    public var returns: Returns?
    /// Customer care (nil: nobody gets in touch).
    public var care: Care?
    /// Simulate every app visitor individually instead of thinning (slow; for validation).
    public var visitorLevel: Bool
    /// Every metric and series a replication reports.
    public internal(set) var metricCatalogue = MetricCatalogue()

    /// App traffic: visitors per day shaped by hour of day and day of week, in segments.
    public struct Traffic: Sendable {
        /// App visitors per day at a day-of-week factor of 1.
        public var visitorsPerDay: Double
        /// 24 multipliers for the local hours 00–23 (mean 1).
        public var hourly: [Double]
        /// 7 multipliers, Monday first.
        public var dayOfWeek: [Double]
        /// The kinds of visitor, with shares adding up to 1.
        public var segments: [Segment]
        /// Seconds one channel visit lasts: its product views fall uniformly within it.
        public var sessionLength: Double
    }

    /// A kind of app visitor with its own channel behaviour.
    public struct Segment: Sendable {
        /// The segment's name.
        public var name: String
        /// Share (0–1) of app visitors.
        public var share: Double
        /// Probability that a visitor of this segment enters the channel.
        public var channelEntry: Double
        /// Mean product pages viewed per channel visit (Poisson).
        public var viewsPerVisit: Double
        /// Probability a view adds the product to the cart (reserving a unit).
        public var cartPerView: Double
        /// Probability a view is bought at once, skipping the cart.
        public var buyPerView: Double
        /// Probability a cart goes on to an order before its hold expires.
        public var orderPerCart: Double
    }

    /// Brands, products, prices and flash-sale stock.
    public struct Catalogue: Sendable {
        /// Brand partners of the platform.
        public var brands: Int
        /// Product categories, with shares of brands adding up to 1.
        public var categories: [Category]
        /// Share (0–1) of brands that stay off the channel.
        public var optOut: Double
        /// Products each brand on the channel offers while browsing.
        public var productsPerBrand: Int
        /// Flash-sale units of each browsing product at the start.
        public var stockPerProduct: Int
        /// When the first brand's flash sale opens: a duration after the run's start or a date.
        public var saleOpens: Moment
        /// Seconds each brand's sale runs (∞: to the end).
        public var saleLength: Double
        /// Seconds over which the brands' openings are spread evenly.
        public var saleStagger: Double
        /// Share (0–1) of stock-out demand that buys another product of the
        /// same stock pool instead (the brand's browsing products while its
        /// sale runs; for a look, the look's other products).
        public var substitution: Double
        /// How demand spreads over a brand's browsing products.
        public var popularity: Popularity
        /// Price elasticity of demand ε ≥ 0: a view buys or carts, and a
        /// viewer tries to buy a look, with its probability × (price ÷ the
        /// category's mean price)^−ε (capped at 1). 0, the default, leaves demand blind to price.
        public var priceElasticity: Double
    }

    /// How demand spreads over the products of a brand: every browsing
    /// product gets a weight, and a view picks a product with probability
    /// proportional to it (brands stay equally popular with `uniform` and `zipf`).
    public enum Popularity: Sendable, Equatable {
        /// Every product equally popular.
        case uniform
        /// The k-th product of each brand (k = 1, 2, …) weighs 1 / k^exponent.
        case zipf(exponent: Double)
        /// Each product weighs a lognormal draw of mean 1 and this coefficient of variation (per replication).
        case lognormal(cv: Double)
    }

    /// A product category: its share of brands and its sale prices.
    public struct Category: Sendable {
        /// The category's name (`beauty`, `fashion` …), for its metrics.
        public var name: String
        /// Share (0–1) of brands in this category.
        public var share: Double
        /// Sale price of a product, RMB.
        public var price: Distribution
    }

    /// A live-streamed show: audience, and looks walking the runway in order.
    public struct Show: Sendable {
        /// The show's name, for its metrics (`show.<name>.viewers` …) when there are several.
        public var name: String
        /// When the show starts: a duration after the run's start or a date (see `startTime(on:)`).
        public var start: Moment
        /// Expected distinct viewers over the show.
        public var viewers: Double
        /// Seconds over which the audience builds up (the join rate ramps up over it).
        public var buildUp: Double
        /// Mean seconds a viewer watches (exponential).
        public var watchTime: Double
        /// The looks, in runway order.
        public var looks: [Look]
        /// Probability that a viewer present when a look walks tries to buy it.
        public var buyIntent: Double
        /// Seconds from a look's walk to a buy attempt.
        public var buyDelay: Distribution
        /// Viewers who also browse the channel (nil: none).
        public var browsing: ShowBrowsing?
    }

    /// Viewers a show brings to the channel's browsing: a share of those who
    /// join visit the channel after a delay, browsing like a visitor segment.
    public struct ShowBrowsing: Sendable {
        /// Share (0–1) of the show's viewers who visit the channel.
        public var share: Double
        /// Index of the segment whose browsing they follow.
        public var segment: Int
        /// Seconds from joining the show to the visit.
        public var delay: Distribution
    }

    /// One look: a brand's products, on the runway for a while, with its own stock.
    public struct Look: Sendable {
        /// Index among the channel's brands; nil spreads the show's looks over the brands.
        public var brand: Int?
        /// When the look walks, seconds after the show's start.
        public var at: Double
        /// Products in the look.
        public var products: Int
        /// Flash-sale units of each of its products.
        public var stockPerProduct: Int
        /// Sale price of each product, RMB.
        public var price: Distribution
        /// Index of the look's category among the catalogue's categories.
        public var category: Int
    }
}

extension LuxuryChannelSpec.Show {
    /// The show's start in seconds after the run's start on `clock` (0 for a
    /// date the clock cannot place; `validate(for:)` refuses those).
    public func startTime(on clock: LocalClock) -> Double { start.time(on: clock) ?? 0 }

    /// When each look walks, in seconds after the run's start on `clock`, in runway order.
    public func walkTimes(on clock: LocalClock) -> [Double] {
        let t = startTime(on: clock)
        return looks.map { t + $0.at }
    }
}
