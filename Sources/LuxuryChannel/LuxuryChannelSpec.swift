import SimulationKernel

/// The luxury channel's demand side, validated: app traffic and its split
/// into channel visitors, the flash-sale catalogue and its stock, the
/// browsing funnel, the live show, and checkout capacity. Times in seconds,
/// money in RMB.
public struct LuxuryChannelSpec: Sendable {
    public var traffic: Traffic
    public var catalogue: Catalogue
    public var checkout: Checkout
    /// The live shows, in the file's order (`show:` gives one, `shows:` several).
    public var shows: [Show]
    /// The first show, if any (most models have one).
    public var show: Show? { shows.first }
    public var fulfilment: Fulfilment?
    public var returns: Returns?
    public var care: Care?
    /// Simulate every app visitor individually instead of thinning (slow; for validation).
    public var visitorLevel: Bool
    /// Every metric and series a replication reports.
    public internal(set) var metricCatalogue = MetricCatalogue()

    /// App traffic: visitors per day shaped by hour of day and day of week, in segments.
    public struct Traffic: Sendable {
        public var visitorsPerDay: Double
        /// 24 multipliers for the hours 00–23 (mean 1).
        public var hourly: [Double]
        /// 7 multipliers, Monday first.
        public var dayOfWeek: [Double]
        public var segments: [Segment]
    }

    /// A kind of app visitor with its own channel behaviour.
    public struct Segment: Sendable {
        public var name: String
        /// Share of app visitors.
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
        public var brands: Int
        public var categories: [Category]
        /// Share of brands that stay off the channel.
        public var optOut: Double
        public var productsPerBrand: Int
        public var stockPerProduct: Int
        /// When the first brand's flash sale opens, how long each runs, and
        /// over how long the brands' openings are spread (seconds).
        public var saleOpens: Double
        public var saleLength: Double
        public var saleStagger: Double
        /// Share of stock-out demand that buys another product of the same brand instead.
        public var substitution: Double
    }

    public struct Category: Sendable {
        public var name: String
        public var share: Double
        public var price: Distribution
    }

    /// Holding stock, paying, and the throughput limits of checkout.
    public struct Checkout: Sendable {
        /// How long a cart holds its unit before the reservation expires.
        public var hold: Double
        /// Time from add-to-cart to order, for carts that order.
        public var timeToOrder: Distribution
        public var paymentSuccess: Double
        /// Further attempts after a failed payment.
        public var paymentRetries: Int
        public var paymentTime: Distribution
        public var ordersPerSecond: Double
        public var paymentsPerSecond: Double
    }

    /// A live-streamed show: audience, and looks walking the runway in order.
    public struct Show: Sendable {
        /// The show's name, for its metrics (`show.<name>.viewers` …) when there are several.
        public var name: String
        /// Show start, seconds after the run's start.
        public var start: Double
        /// Distinct viewers over the show.
        public var viewers: Double
        /// Audience builds up over this time (arrivals uniform over it).
        public var buildUp: Double
        /// Mean time a viewer watches (exponential).
        public var watchTime: Double
        public var looks: [Look]
        /// Probability that a viewer present when a look walks tries to buy it.
        public var buyIntent: Double
        /// Delay from a look's walk to a buy attempt.
        public var buyDelay: Distribution
    }

    /// One look: a brand's products, on the runway for a while, with its own stock.
    public struct Look: Sendable {
        /// Index among the channel's brands; nil spreads looks over the brands.
        public var brand: Int?
        public var start: Double
        public var products: Int
        public var stockPerProduct: Int
        public var price: Distribution
    }
}
