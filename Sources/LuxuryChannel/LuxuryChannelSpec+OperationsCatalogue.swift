import SimulationKernel

extension LuxuryChannelSpec {
    /// Fulfilment, returns and care.
    func addOperationsMetrics(to c: inout MetricCatalogue) throws {
        func add(_ name: String, family: String? = nil, _ unit: MetricUnit, _ range: MetricRange, _ kind: MetricKind,
                 _ definition: String, headline: Bool = false) throws {
            try c.add(MetricDefinition(name, family: family, unit: unit, range: range, kind: kind,
                                       definition: definition, headline: headline, monotone: Self.monotoneInputs[name] ?? []))
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
                    "paid orders at the door within their tier's `sla` of payment ÷ paid orders delivered or still undelivered past it",
                    headline: true)
            for tier in f.tiers {
                try add("delivery.order_to_door_p95.\(tier.name)", family: "delivery.order_to_door_p95.<tier>", .seconds,
                        .nonNegative, .quantile, "95th percentile of the time from payment to the door of paid orders to city tier <tier> (undelivered: as for p50)")
            }
            for w in f.warehouses {
                for (step, workers) in [("pick", "picker"), ("pack", "packer")] {
                    try add("warehouse.\(w.name).\(step)_utilization", family: "warehouse.<name>.\(step)_utilization", .fraction,
                            .unitInterval, .timeAverage,
                            "busy \(workers) time ÷ \(workers) time on duty or still busy with work taken on duty, over the whole run")
                    try add("warehouse.\(w.name).\(step)_utilization_horizon", family: "warehouse.<name>.\(step)_utilization_horizon",
                            .fraction, .unitInterval, .timeAverage, "the same over [0, horizon]: the launch's load, not diluted by the run-off")
                }
            }
        }
        if returns != nil {
            try add("returns.units", .units, .nonNegative, .count, "returned units back at the warehouse before the end of the run", headline: true)
            try add("returns.processed", .units, .nonNegative, .count, "returned units received and checked at the warehouse")
            try add("returns.restocked", .units, .nonNegative, .count, "returned units put back on sale (browsing units only)")
            try add("returns.pending_end", .units, .nonNegative, .level,
                    "returns decided at delivery but not yet received and checked at the end of the run", headline: true)
            try add("units.kept", .units, .nonNegative, .count, "units sold − returned units back at the warehouse", headline: true)
            try add("revenue.rmb_net", .rmb, .nonNegative, .count, "revenue − sale prices of the returned units back at the warehouse (refunds)",
                    headline: true)
        }
        if care != nil {
            try add("care.contacts", .contacts, .nonNegative, .count,
                    "contacts that reached the agent queue = answered + abandoned + waiting", headline: true)
            try add("care.bot_contained", .contacts, .nonNegative, .count, "contacts a bot answered")
            try add("care.contacts_per_order", .contacts, .nonNegative, .mean,
                    "contacts that arrived (a bot's and the agents') ÷ orders paid; over the orders' whole life with a long run-off", headline: true)
            try add("care.answered", .contacts, .nonNegative, .count, "contacts an agent answered")
            try add("care.abandoned", .contacts, .nonNegative, .count, "contacts who gave up waiting", headline: true)
            try add("care.waiting", .contacts, .nonNegative, .level, "contacts still waiting at the end")
            try add("care.pending_end", .contacts, .nonNegative, .level,
                    "contacts prompted but not yet arrived, waiting or chatting at the end of the run", headline: true)
            try add("care.wait_p90", .seconds, .nonNegative, .quantile, "90th percentile wait of answered contacts")
            try add("care.service_level", .fraction, .unitInterval, .fraction,
                    "contacts answered within the target ÷ (answered + abandoned)", headline: true)
            try add("care.agent_utilization", .fraction, .unitInterval, .timeAverage,
                    "busy chat slot time ÷ slot time on duty or still busy with a chat taken on duty, over the whole run")
            try add("care.agent_utilization_horizon", .fraction, .unitInterval, .timeAverage,
                    "the same over [0, horizon]: the launch's load, not diluted by the run-off")
        }
    }

    /// A staffed station's per-bucket series, by suffix, in output order
    /// (`service_level` only with a target); `customers` stands for the
    /// station's work (contacts, orders).
    static let poolSeries: [(suffix: String, unit: MetricUnit, kind: MetricKind, definition: String)] = [
        ("arrivals", .customers, .count, "work (contacts, orders, returned units) arriving in the bucket"),
        ("served", .customers, .count, "services (chats, picks, packs) ending in the bucket"),
        ("abandoned", .customers, .count, "contacts giving up waiting in the bucket"),
        ("delayed_fraction", .fraction, .fraction, "share of the arrivals in the bucket who found no free server and had to wait"),
        ("service_level", .fraction, .fraction,
         "share of the arrivals in the bucket served within the service-level-target, of those served or given up"),
        ("busy_mean", .servers, .timeAverage, "time-average busy servers (chat slots, workers) in the bucket"),
        ("on_duty_mean", .servers, .timeAverage, "time-average staff on duty in the bucket (agents, not chat slots)"),
        ("in_system_at_start", .customers, .level, "work waiting or in service at the bucket's start"),
    ]

    /// The time series.
    func addSeries(to c: inout MetricCatalogue) throws {
        func series(_ name: String, family: String? = nil, _ unit: MetricUnit, _ kind: MetricKind, _ definition: String,
                    range: MetricRange = .nonNegative) throws {
            try c.addSeries(MetricDefinition(name, family: family, unit: unit, range: range, kind: kind, definition: definition))
        }
        try series("stock.available", .units, .timeAverage, "units free to sell, time-average in the bucket")
        try series("stock.held", .units, .timeAverage, "units held in carts and unpaid orders, time-average in the bucket")
        try series("care.queue", .contacts, .timeAverage, "contacts waiting for an agent, time-average in the bucket")
        try series("warehouse.backlog", .orders, .timeAverage, "orders paid but not shipped, time-average in the bucket")
        try series("orders.placed", .orders, .count, "orders placed in the bucket")
        try series("checkout.payments", .orders, .count, "orders paid in the bucket")
        try series("units.sold", .units, .count, "units paid for in the bucket")
        try series("show.concurrent", .viewers, .timeAverage, "viewers watching, time-average in the bucket")
        if let f = fulfilment {
            for carrier in f.carriers {
                try series("orders.shipped.\(carrier.name)", family: "orders.shipped.<carrier>", .orders, .count,
                           "orders leaving on <carrier>'s trucks in the bucket (trucks leave at its cut-offs)")
            }
            for w in f.warehouses {
                for (stage, what) in [("to_pick", "paid orders waiting for a wave or a picker, or being picked"),
                                      ("to_pack", "picked orders waiting for a packer or being packed"),
                                      ("packed_waiting", "packed orders waiting for their truck")] {
                    try series("warehouse.\(w.name).\(stage)", family: "warehouse.<name>.\(stage)", .orders, .timeAverage,
                               "\(what) at warehouse <name>, time-average in the bucket")
                }
            }
        }
        if returns != nil { try series("returns.arrived", .units, .count, "returned units arriving at the warehouses in the bucket") }
        // Work is counted in what it is: contacts at the care desk, orders (and returned units) on the floor.
        var pools: [(prefix: String, family: String, target: Double?, work: MetricUnit)] = []
        if let care { pools.append(("care", "care", care.serviceLevelTarget, .contacts)) }
        for w in fulfilment?.warehouses ?? [] {
            pools.append(("warehouse.\(w.name).pick", "warehouse.<name>.pick", w.pick.serviceLevelTarget, .orders))
            pools.append(("warehouse.\(w.name).pack", "warehouse.<name>.pack", w.pack.serviceLevelTarget, .orders))
        }
        for pool in pools {
            let isCare = pool.prefix == "care"
            for s in Self.poolSeries where s.suffix != "service_level" || pool.target != nil {
                if !isCare && s.suffix == "abandoned" { continue }
                let suffix = isCare && s.suffix == "served" ? "answered" : s.suffix
                try series("\(pool.prefix).\(suffix)", family: "\(pool.family).\(suffix)", s.unit == .customers ? pool.work : s.unit,
                           s.kind, s.definition, range: s.unit == .fraction ? .unitInterval : .nonNegative)
            }
        }
    }

    /// The per-brand table `breakdowns.csv`: a row per brand on the channel.
    var brandBreakdown: BreakdownDefinition {
        let rows = catalogue.brandsOnChannel.enumerated().map { k, b in
            [String(b.brand), String(k), catalogue.categories[b.category].name]
        }
        func column(_ name: String, _ unit: MetricUnit, _ range: MetricRange, _ kind: MetricKind, _ definition: String) -> MetricDefinition {
            MetricDefinition(name, unit: unit, range: range, kind: kind, definition: definition)
        }
        return BreakdownDefinition(
            name: "breakdowns",
            definition: "a brand on the channel: brand = its index among the platform's brands, channel_brand = among the channel's (as looks name it)",
            keyColumns: ["brand", "channel_brand", "category"], rows: rows,
            columns: [
                column("units_sold", .units, .nonNegative, .count, "browsing units of the brand sold"),
                column("lost_units", .units, .nonNegative, .count, "browsing units of the brand wanted that found no stock"),
                column("stock_units", .units, .nonNegative, .count, "the brand's browsing flash stock at the start"),
                column("sell_through", .fraction, .unitInterval, .fraction, "units sold ÷ units on sale (at the start + restocked)"),
                column("sold_out_at", .seconds, .nonNegative, .level,
                       "seconds from the brand's sale opening to the first moment none of its browsing units was free (all sold or held; empty: never)"),
                column("revenue_rmb", .rmb, .nonNegative, .count, "sale prices of the brand's browsing units sold"),
            ])
    }
}
