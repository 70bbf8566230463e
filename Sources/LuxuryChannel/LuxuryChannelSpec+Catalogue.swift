import SimulationKernel

extension LuxuryChannelSpec {
    /// Every metric, series and breakdown of this model, in output order (the
    /// order `LuxurySimulation.observations(at:)` records them in; a test holds the two together).
    func makeCatalogue() throws -> MetricCatalogue {
        var c = MetricCatalogue()
        try addDemandMetrics(to: &c)
        try addStockMetrics(to: &c)
        try addOperationsMetrics(to: &c)
        try addSeries(to: &c)
        try c.addBreakdown(brandBreakdown)
        return c
    }

    /// Visitors, shows, reservations, orders, units, lost sales and revenue.
    func addDemandMetrics(to c: inout MetricCatalogue) throws {
        func add(_ name: String, family: String? = nil, _ unit: MetricUnit, _ range: MetricRange, _ kind: MetricKind,
                 _ definition: String, headline: Bool = false) throws {
            try c.add(MetricDefinition(name, family: family, unit: unit, range: range, kind: kind,
                                       definition: definition, headline: headline, monotone: Self.monotoneInputs[name] ?? []))
        }
        try add("visitors.app", .visitors, .nonNegative, .count, "app visitors over the horizon", headline: true)
        try add("visitors.channel", .visitors, .nonNegative, .count,
                "channel visits (app visitors who entered the channel, and visits brought by shows)", headline: true)
        try add("visitors.other", .visitors, .nonNegative, .count, "app visitors who did not enter the channel")
        if shows.contains(where: { $0.browsing != nil }) {
            try add("visitors.from_show", .visitors, .nonNegative, .count, "channel visits by show viewers (`show.browsing`), in visitors.channel")
        }
        try add("visitors.conversion", .fraction, .nonNegative, .fraction,
                "browsing orders paid ÷ channel visits (session conversion; live orders not counted)", headline: true)
        try add("show.viewers", .viewers, .nonNegative, .count, "distinct viewers of the live stream (of all shows)", headline: true)
        try add("show.peak_concurrent", .viewers, .nonNegative, .peak, "most viewers watching at once (all shows together)", headline: true)
        if shows.count > 1 {
            for show in shows {
                try add("show.\(show.name).viewers", family: "show.<name>.viewers", .viewers, .nonNegative, .count,
                        "distinct viewers of show <name>")
                try add("show.\(show.name).peak_concurrent", family: "show.<name>.peak_concurrent", .viewers, .nonNegative, .peak,
                        "most viewers watching show <name> at once")
                try add("show.\(show.name).units_sold", family: "show.<name>.units_sold", .units, .nonNegative, .count,
                        "units sold of show <name>'s looks")
            }
        }
        try add("carts.created", .carts, .nonNegative, .count, "add-to-cart actions that held at least one unit")
        try add("reservations.created", .reservations, .nonNegative, .count, "carts and buy-now orders that held at least one unit")
        try add("reservations.expired", .reservations, .nonNegative, .count, "cart holds that expired unordered")
        try add("reservations.expired_share", .fraction, .unitInterval, .fraction,
                "(cart holds expired + orders timed out unpaid) ÷ reservations created", headline: true)
        try add("reservations.open", .reservations, .nonNegative, .level, "carts and orders still holding units at the end")
        try add("orders.in_checkout", .orders, .nonNegative, .level, "orders unpaid and unreleased at the end")
        try add("orders.placed", .orders, .nonNegative, .count, "orders entering checkout", headline: true)
        try add("orders.paid", .orders, .nonNegative, .count, "orders paid", headline: true)
        try add("orders.paid_live", .orders, .nonNegative, .count, "orders paid from the show")
        try add("orders.cancelled", .orders, .nonNegative, .count, "orders cancelled after failed payments")
        try add("orders.timed_out", .orders, .nonNegative, .count, "orders released unpaid when their payment window ended", headline: true)
        try add("orders.abandoned", .orders, .nonNegative, .count, "orders whose shopper gave up waiting in a checkout queue")
        try add("orders.units_mean", .units, .nonNegative, .mean, "units per paid order")
        try add("orders.value_mean", .rmb, .nonNegative, .mean, "sale prices of a paid order's units (revenue per paid order)")
        try add("units.sold", .units, .nonNegative, .count, "units paid for", headline: true)
        try add("units.sold_live", .units, .nonNegative, .count, "units paid for from the show (= the looks' units sold)", headline: true)
        try add("sales.lost_units", .units, .nonNegative, .count, "units wanted that found no stock (after substitution)", headline: true)
        try add("sales.lost_units_live", .units, .nonNegative, .count, "show units wanted that found no stock")
        try add("sales.lost_units_checkout", .units, .nonNegative, .count,
                "units of orders released unpaid or given up in a checkout queue", headline: true)
        try add("sales.substituted_units", .units, .nonNegative, .count, "units wanted and served by another product of the same stock pool")
        try add("revenue.rmb", .rmb, .nonNegative, .count, "sale prices of the units sold", headline: true)
    }

    /// Stock, checkout peaks, categories and looks.
    func addStockMetrics(to c: inout MetricCatalogue) throws {
        func add(_ name: String, family: String? = nil, _ unit: MetricUnit, _ range: MetricRange, _ kind: MetricKind,
                 _ definition: String, headline: Bool = false) throws {
            try c.add(MetricDefinition(name, family: family, unit: unit, range: range, kind: kind,
                                       definition: definition, headline: headline, monotone: Self.monotoneInputs[name] ?? []))
        }
        try add("stock.units", .units, .nonNegative, .count, "flash stock at the start")
        try add("stock.units_on_hand", .units, .nonNegative, .level, "flash stock on hand at the end")
        try add("stock.sell_through", .fraction, .unitInterval, .fraction,
                "units sold ÷ units on sale (flash stock at the start + returns restocked)", headline: true)
        try add("stock.sell_through_browsing", .fraction, .unitInterval, .fraction,
                "browsing units sold ÷ browsing units on sale (the brands' flash sale, looks apart)", headline: true)
        try add("stock.reserved_peak", .units, .nonNegative, .peak, "most units held at once")
        try add("checkout.orders_per_s_peak", .perSecond, .nonNegative, .peak, "most orders placed in one clock second", headline: true)
        try add("checkout.payments_per_s_peak", .perSecond, .nonNegative, .peak, "most payments succeeded in one clock second", headline: true)
        try add("checkout.wait_p95", .seconds, .nonNegative, .quantile,
                "95th percentile of the time paid orders queued at intake and processing", headline: true)
        try add("checkout.payment_failures", .attempts, .nonNegative, .count, "failed payment attempts")
        for category in catalogue.categories {
            let n = category.name
            try add("units.sold.\(n)", family: "units.sold.<category>", .units, .nonNegative, .count, "units sold of category <category>")
            try add("revenue.rmb.\(n)", family: "revenue.rmb.<category>", .rmb, .nonNegative, .count,
                    "sale prices of the units sold of category <category>")
            try add("sales.lost_units.\(n)", family: "sales.lost_units.<category>", .units, .nonNegative, .count,
                    "units of category <category> wanted that found no stock (browsing and looks)")
            try add("stock.units.\(n)", family: "stock.units.<category>", .units, .nonNegative, .count,
                    "flash stock of category <category> at the start (browsing and looks)")
            try add("stock.sell_through.\(n)", family: "stock.sell_through.<category>", .fraction, .unitInterval, .fraction,
                    "units of category <category> sold ÷ its units on sale (at the start + restocked)")
            try add("stock.products_sold_out.\(n)", family: "stock.products_sold_out.<category>", .products, .nonNegative, .count,
                    "products of category <category> that had no unit free to buy (all sold or held) at some time (stock-outs)")
        }
        let looks = shows.reduce(0) { $0 + $1.looks.count }
        if looks > 0 {
            try add("show.looks_sold_out", .looks, .nonNegative, .count, "looks that had no unit free to buy (all sold or held) at some time",
                    headline: true)
            for k in 1...looks {
                let label = Self.lookLabel(k, of: looks)
                try add("show.look_\(label).units_sold", family: "show.look_NN.units_sold", .units, .nonNegative, .count,
                        "units sold of look NN (01 = first on the runway; numbered on through the shows in file order)")
                try add("show.look_\(label).sold_out_at", family: "show.look_NN.sold_out_at", .seconds, .nonNegative, .level,
                        "seconds from look NN's walk to the first moment none of its units was free (all sold or held; 0: it had none; empty: never)")
            }
        }
    }

    /// `k` (from 1) zero-padded to the width of `count`: `07` of 80.
    static func lookLabel(_ k: Int, of count: Int) -> String {
        String(repeating: "0", count: String(count).count - String(k).count) + String(k)
    }
}
