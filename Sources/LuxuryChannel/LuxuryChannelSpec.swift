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
        /// Seconds after the run's start when the first brand's flash sale opens.
        public var saleOpens: Double
        /// Seconds each brand's sale runs (∞: to the end).
        public var saleLength: Double
        /// Seconds over which the brands' openings are spread evenly.
        public var saleStagger: Double
        /// Share (0–1) of stock-out demand that buys another product of the same brand instead.
        public var substitution: Double
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

    /// Holding stock, paying, and the throughput limits of checkout.
    public struct Checkout: Sendable {
        /// Seconds a cart holds its unit before the reservation expires.
        public var hold: Double
        /// Seconds from add-to-cart to order, for carts that order (those taking longer than the hold expire).
        public var timeToOrder: Distribution
        /// Probability (0–1) that one payment attempt succeeds.
        public var paymentSuccess: Double
        /// Further attempts after a failed payment before the order is cancelled.
        public var paymentRetries: Int
        /// Seconds a shopper takes to submit a payment, per attempt.
        public var paymentTime: Distribution
        /// Orders per second the order service takes at most.
        public var ordersPerSecond: Double
        /// Payments per second the payment processor answers at most.
        public var paymentsPerSecond: Double
    }

    /// A live-streamed show: audience, and looks walking the runway in order.
    public struct Show: Sendable {
        /// The show's name, for its metrics (`show.<name>.viewers` …) when there are several.
        public var name: String
        /// Show start, seconds after the run's start.
        public var start: Double
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
    }

    /// One look: a brand's products, on the runway for a while, with its own stock.
    public struct Look: Sendable {
        /// Index among the channel's brands; nil spreads the show's looks over the brands.
        public var brand: Int?
        /// When the look walks, seconds after the run's start.
        public var start: Double
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
