import SimulationKernel

extension LuxuryChannelSpec {
    /// Every metric and series of this model, in output order (the order
    /// `LuxurySimulation.observations(at:)` records them in; a test holds the two together).
    func makeCatalogue() throws -> MetricCatalogue {
        var c = MetricCatalogue()
        func add(_ name: String, family: String? = nil, _ unit: MetricUnit, _ range: MetricRange, _ kind: MetricKind,
                 _ definition: String, headline: Bool = false) throws {
            try c.add(MetricDefinition(name, family: family, unit: unit, range: range, kind: kind,
                                       definition: definition, headline: headline))
        }
        try add("visitors.app", .visitors, .nonNegative, .count, "app visitors over the horizon", headline: true)
        try add("visitors.channel", .visitors, .nonNegative, .count, "app visitors who entered the channel", headline: true)
        try add("visitors.other", .visitors, .nonNegative, .count, "app visitors who did not enter the channel")
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
        try add("carts.created", .carts, .nonNegative, .count, "add-to-cart actions that held a unit")
        try add("reservations.created", .reservations, .nonNegative, .count, "units held (cart or buy-now)")
        try add("reservations.expired", .reservations, .nonNegative, .count, "holds that expired unpaid", headline: true)
        try add("reservations.open", .reservations, .nonNegative, .level, "units still held at the end")
        try add("orders.in_checkout", .orders, .nonNegative, .level, "orders unpaid at the end")
        try add("orders.placed", .orders, .nonNegative, .count, "orders entering checkout", headline: true)
        try add("orders.paid", .orders, .nonNegative, .count, "orders paid", headline: true)
        try add("orders.cancelled", .orders, .nonNegative, .count, "orders cancelled after failed payments")
        try add("units.sold", .units, .nonNegative, .count, "units paid for (one unit per order)", headline: true)
        try add("units.sold_live", .units, .nonNegative, .count, "units paid for from the show", headline: true)
        try add("sales.lost_units", .units, .nonNegative, .count, "demand that found no stock (after substitution)", headline: true)
        try add("sales.lost_units_live", .units, .nonNegative, .count, "show demand that found no stock")
        try add("sales.substituted_units", .units, .nonNegative, .count, "demand served by another product of the brand")
        try add("revenue.rmb", .rmb, .nonNegative, .count, "sale prices of the units sold", headline: true)
        try add("stock.units", .units, .nonNegative, .count, "flash stock at the start")
        try add("stock.units_on_hand", .units, .nonNegative, .level, "flash stock on hand at the end")
        try add("stock.sell_through", .fraction, .unitInterval, .fraction, "units sold ÷ flash stock at the start", headline: true)
        try add("stock.reserved_peak", .units, .nonNegative, .peak, "most units held at once")
        try add("checkout.orders_per_s_peak", .perSecond, .nonNegative, .peak, "most orders placed in one clock second", headline: true)
        try add("checkout.payments_per_s_peak", .perSecond, .nonNegative, .peak, "most payments succeeded in one clock second", headline: true)
        try add("checkout.wait_p95", .seconds, .nonNegative, .quantile,
                "95th percentile of the time paid orders queued at intake and processing", headline: true)
        try add("checkout.payment_failures", .attempts, .nonNegative, .count, "failed payment attempts")
        for category in catalogue.categories {
            try add("units.sold.\(category.name)", family: "units.sold.<category>", .units, .nonNegative, .count,
                    "units sold of category <category>")
            try add("revenue.rmb.\(category.name)", family: "revenue.rmb.<category>", .rmb, .nonNegative, .count,
                    "sale prices of the units sold of category <category>")
        }
        let looks = shows.reduce(0) { $0 + $1.looks.count }
        if looks > 0 {
            try add("show.looks_sold_out", .looks, .nonNegative, .count, "looks whose every product is sold out at the end",
                    headline: true)
            let width = String(looks).count
            for k in 1...looks {
                let label = String(repeating: "0", count: width - String(k).count) + String(k)
                try add("show.look_\(label).units_sold", family: "show.look_NN.units_sold", .units, .nonNegative, .count,
                        "units sold of look NN (01 = first on the runway; numbered on through the shows in file order)")
            }
        }
        if let f = fulfilment {
            try add("orders.shipped", .orders, .nonNegative, .count, "paid orders whose truck left before the end of the run")
            try add("orders.unshipped_end", .orders, .nonNegative, .level,
                    "paid orders not yet on a truck that has left, at the end of the run (horizon + run-off)", headline: true)
            try add("deliveries.pending_end", .orders, .nonNegative, .level,
                    "paid orders not yet at the door at the end of the run (shipped or not)", headline: true)
            try add("warehouse.backlog_peak", .orders, .nonNegative, .peak, "most orders paid but not yet shipped at once", headline: true)
            try add("ship.on_cutoff_share", .fraction, .unitInterval, .fraction,
                    "paid orders that left on their carrier's first truck after payment ÷ paid orders whose first truck has left",
                    headline: true)
            try add("ship.order_to_ship_p50", .seconds, .nonNegative, .quantile,
                    "median time from payment to truck departure over all paid orders (unshipped ones at least end − paid; empty if the rank falls on one)")
            try add("ship.order_to_ship_p95", .seconds, .nonNegative, .quantile,
                    "95th percentile of the time from payment to truck departure over all paid orders (unshipped: as for p50)", headline: true)
            try add("delivery.order_to_door_p50", .seconds, .nonNegative, .quantile,
                    "median time from payment to the door over all paid orders (undelivered ones at least end − paid; empty if the rank falls on one)")
            try add("delivery.order_to_door_p95", .seconds, .nonNegative, .quantile,
                    "95th percentile of the time from payment to the door over all paid orders (undelivered: as for p50)", headline: true)
            try add("delivery.on_time_share", .fraction, .unitInterval, .fraction,
                    "paid orders at the door within `sla` of payment ÷ paid orders delivered or still undelivered past the SLA", headline: true)
            for tier in f.tiers {
                try add("delivery.order_to_door_p95.\(tier.name)", family: "delivery.order_to_door_p95.<tier>", .seconds,
                        .nonNegative, .quantile, "95th percentile of the time from payment to the door of paid orders to city tier <tier> (undelivered: as for p50)")
            }
            for w in f.warehouses {
                try add("warehouse.\(w.name).pick_utilization", family: "warehouse.<name>.pick_utilization", .fraction,
                        .unitInterval, .timeAverage, "busy picker time ÷ picker time on duty or still busy with work taken on duty")
                try add("warehouse.\(w.name).pack_utilization", family: "warehouse.<name>.pack_utilization", .fraction,
                        .unitInterval, .timeAverage, "busy packer time ÷ packer time on duty or still busy with work taken on duty")
            }
        }
        if returns != nil {
            try add("returns.units", .units, .nonNegative, .count, "returned units back at the warehouse before the end of the run", headline: true)
            try add("returns.processed", .units, .nonNegative, .count, "returned units received and checked at the warehouse")
            try add("returns.restocked", .units, .nonNegative, .count, "returned units put back on sale")
            try add("returns.pending_end", .units, .nonNegative, .level,
                    "returns decided at delivery but not yet received and checked at the end of the run", headline: true)
        }
        if care != nil {
            try add("care.contacts", .contacts, .nonNegative, .count,
                    "contacts that reached the agent queue = answered + abandoned + waiting", headline: true)
            try add("care.bot_contained", .contacts, .nonNegative, .count, "contacts a bot answered")
            try add("care.answered", .contacts, .nonNegative, .count, "contacts an agent answered")
            try add("care.abandoned", .contacts, .nonNegative, .count, "contacts who gave up waiting", headline: true)
            try add("care.waiting", .contacts, .nonNegative, .level, "contacts still waiting at the end")
            try add("care.pending_end", .contacts, .nonNegative, .level,
                    "contacts prompted but not yet arrived, waiting or chatting at the end of the run", headline: true)
            try add("care.wait_p90", .seconds, .nonNegative, .quantile, "90th percentile wait of answered contacts")
            try add("care.service_level", .fraction, .unitInterval, .fraction,
                    "contacts answered within the target ÷ (answered + abandoned)", headline: true)
            try add("care.agent_utilization", .fraction, .unitInterval, .timeAverage,
                    "busy chat slot time ÷ slot time on duty or still busy with a chat taken on duty")
        }
        func series(_ name: String, _ unit: MetricUnit, _ kind: MetricKind, _ definition: String) throws {
            try c.addSeries(MetricDefinition(name, unit: unit, range: .nonNegative, kind: kind, definition: definition))
        }
        try series("stock.available", .units, .timeAverage, "units free to sell, time-average in the bucket")
        try series("care.queue", .contacts, .timeAverage, "contacts waiting for an agent, time-average in the bucket")
        try series("warehouse.backlog", .orders, .timeAverage, "orders paid but not shipped, time-average in the bucket")
        try series("orders.placed", .orders, .count, "orders placed in the bucket")
        try series("units.sold", .units, .count, "units paid for in the bucket")
        try series("show.concurrent", .viewers, .timeAverage, "viewers watching, time-average in the bucket")
        return c
    }
}
