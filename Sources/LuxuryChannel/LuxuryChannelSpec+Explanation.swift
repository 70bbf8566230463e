import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// The model as `runway explain` prints it: a valid model file with every
    /// field, defaults filled in, times in seconds, rates per second, money in RMB.
    public func explanation() -> String {
        var entries: [YAMLText.Entry] = [
            .init("kind", .scalar(Self.name)),
            .init("visitor-level", .scalar("\(visitorLevel)")),
            .init("traffic", traffic.yaml),
            .init("catalogue", catalogue.yaml),
            .init("checkout", checkout.yaml),
        ]
        let categories = catalogue.categories.map(\.name)
        let segments = traffic.segments.map(\.name)
        if shows.count == 1 {
            entries.append(.init("show", shows[0].yaml(categories: categories, segments: segments)))
        } else if !shows.isEmpty {
            entries.append(.init("shows", .list(shows.map { $0.yaml(categories: categories, segments: segments) })))
        }
        if let fulfilment { entries.append(.init("fulfilment", fulfilment.yaml)) }
        if let returns { entries.append(.init("returns", returns.yaml(categories: categories))) }
        if let care { entries.append(.init("care", care.yaml)) }
        return YAMLText.mapping(entries).text
    }
}

/// Shorthands for the explanation.
private func number(_ x: Double) -> YAMLText { .number(x) }
private func numbers(_ xs: [Double]) -> YAMLText { .flowList(xs.map(NumberText.shortest)) }
private func distribution(_ d: Distribution) -> YAMLText { .distribution(d) }


extension LuxuryChannelSpec.Traffic {
    var yaml: YAMLText {
        .mapping([
            .init("visitors-per-day", number(visitorsPerDay)),
            .init("hourly", numbers(hourly), comment: "local hours 00-23"),
            .init("day-of-week", numbers(dayOfWeek), comment: "Monday first"),
            .init("session-length", number(sessionLength), comment: "seconds"),
            .init("segments", .list(segments.map { s in
                .mapping([.init("name", .scalar(s.name)), .init("share", number(s.share)),
                          .init("channel-entry", number(s.channelEntry)), .init("views-per-visit", number(s.viewsPerVisit)),
                          .init("cart-per-view", number(s.cartPerView)), .init("buy-per-view", number(s.buyPerView)),
                          .init("order-per-cart", number(s.orderPerCart))])
            })),
        ])
    }
}

extension LuxuryChannelSpec.Catalogue {
    var yaml: YAMLText {
        var sale: [(String, String)] = [("opens", saleOpens.text)]
        if saleLength.isFinite { sale.append(("length", NumberText.shortest(saleLength))) }
        sale.append(("stagger", NumberText.shortest(saleStagger)))
        return .mapping([
            .init("brands", number(Double(brands))),
            .init("opt-out", number(optOut)),
            .init("products-per-brand", number(Double(productsPerBrand))),
            .init("stock-per-product", number(Double(stockPerProduct))),
            .init("substitution", number(substitution)),
            .init("popularity", popularity.yaml),
            .init("price-elasticity", number(priceElasticity)),
            .init("sale", .flow(sale), comment: saleLength.isFinite ? "seconds" : "seconds; no length: the sale runs to the end"),
            .init("categories", .list(categories.map { c in
                .mapping([.init("name", .scalar(c.name)), .init("share", number(c.share)),
                          .init("price", distribution(c.price), comment: "RMB")])
            })),
        ])
    }
}

extension LuxuryChannelSpec.Checkout {
    var yaml: YAMLText {
        .mapping([
            .init("hold", number(hold), comment: "seconds"),
            .init("time-to-order", distribution(timeToOrder), comment: "seconds"),
            .init("units-per-order", distribution(unitsPerOrder), comment: "rounded, at least 1"),
            .init("payment", .mapping([.init("success", number(paymentSuccess)),
                                       .init("retries", number(Double(paymentRetries))),
                                       .init("time", distribution(paymentTime), comment: "seconds"),
                                       .init("window", number(paymentWindow), comment: "seconds"),
                                       .init("abandon", number(paymentAbandonment))])),
            patience.map { .init("patience", distribution($0), comment: "seconds") },
            .init("orders-per-second", number(ordersPerSecond)),
            .init("payments-per-second", number(paymentsPerSecond)),
        ].compactMap { $0 })
    }
}

extension LuxuryChannelSpec.Popularity {
    var yaml: YAMLText {
        switch self {
        case .uniform: return .scalar("uniform")
        case .zipf(let s): return .flow([("law", "zipf"), ("exponent", NumberText.shortest(s))])
        case .lognormal(let cv): return .flow([("law", "lognormal"), ("cv", NumberText.shortest(cv))])
        }
    }
}

extension LuxuryChannelSpec.Show {
    func yaml(categories: [String], segments: [String]) -> YAMLText {
        .mapping([
            .init("name", .scalar(name)),
            .init("start", .scalar(start.text), comment: "seconds after the run's start, or a date"),
            .init("viewers", number(viewers)),
            .init("build-up", number(buildUp), comment: "seconds"),
            .init("watch-time", number(watchTime), comment: "seconds"),
            .init("buy-intent", number(buyIntent)),
            .init("buy-delay", distribution(buyDelay), comment: "seconds"),
            browsing.map { b in
                .init("browsing", .flow([("share", NumberText.shortest(b.share)), ("segment", segments[b.segment]),
                                         ("delay", YAMLText.distribution(b.delay).flowText)]), comment: "delay: seconds after joining")
            },
            .init("looks", .list(looks.map { look in
                var pairs: [(String, String)] = [("at", NumberText.shortest(look.at))]
                if let brand = look.brand { pairs.append(("brand", "\(brand)")) }
                pairs += [("products", "\(look.products)"), ("stock-per-product", "\(look.stockPerProduct)"),
                          ("price", YAMLText.distribution(look.price).flowText), ("category", categories[look.category])]
                return .flow(pairs)
            }), comment: "at: seconds after the show's start; brand: index among the channel's brands (spread when absent)"),
        ].compactMap { $0 })
    }
}

extension Fulfilment {
    var yaml: YAMLText {
        .mapping([
            .init("sla", .flow(zip(tiers, sla).map { ($0.name, NumberText.shortest($1)) }), comment: "seconds from payment to the door, by tier"),
            .init("release", waveInterval.map { .flow([("waves-every", NumberText.shortest($0))]) } ?? .scalar("waveless")),
            .init("tiers", .list(tiers.map { .flow([("name", $0.name), ("share", NumberText.shortest($0.share))]) })),
            .init("warehouses", .list(warehouses.map { w in
                .mapping([
                    .init("name", .scalar(w.name)),
                    .init("brands", number(w.brandShare)),
                    .init("pick", w.pick.yaml, comment: "rate: orders per second per worker"),
                    .init("pack", w.pack.yaml),
                    .init("outages", .flowList(w.outages.map { "{from: \($0.from.text), to: \($0.to.text)}" }),
                          comment: "seconds after the run's start, or dates"),
                ])
            })),
            .init("carriers", .list(carriers.map { c in
                .mapping([
                    .init("name", .scalar(c.name)),
                    .init("share", number(c.share)),
                    .init("cutoffs", numbers(c.cutoffs), comment: "local times of day, seconds after midnight"),
                    .init("truck-capacity", number(Double(c.truckCapacity))),
                    .init("lead-time", .mapping(zip(tiers, c.leadTimes).map { .init($0.name, distribution($1)) }), comment: "seconds"),
                ])
            })),
        ])
    }
}

extension WorkStation {
    var yaml: YAMLText {
        .mapping([.init("rate", number(rate)), .init("shifts", shifts.yaml(key: "workers"), comment: "from: local time of day, seconds after midnight"),
                  serviceLevelTarget.map { .init("service-level-target", number($0), comment: "seconds") }].compactMap { $0 })
    }
}

extension Returns {
    func yaml(categories: [String]) -> YAMLText {
        .mapping([
            .init("browsing", .flow(zip(categories, browsing).map { ($0, NumberText.shortest($1)) })),
            .init("live", .flow(zip(categories, live).map { ($0, NumberText.shortest($1)) })),
            .init("time", distribution(time), comment: "seconds from delivery"),
            .init("restock", number(restock)),
        ])
    }
}

extension Care {
    var yaml: YAMLText {
        .mapping([
            .init("bot-containment", number(botContainment)),
            .init("concurrency", number(Double(concurrency))),
            .init("patience", distribution(patience), comment: "seconds"),
            .init("service-level-target", number(serviceLevelTarget), comment: "seconds"),
            .init("hourly", hourly.map(numbers) ?? .scalar("flat"), comment: "local hours 00-23"),
            .init("agents", agents.yaml(key: "agents"), comment: "from: local time of day, seconds after midnight"),
            .init("reasons", .list(reasons.map { r in
                .mapping([.init("name", .scalar(r.name)), .init("after", .scalar(r.anchor.rawValue)),
                          .init(r.anchor.rateKey, number(r.perOrder)),
                          .init("delay", distribution(r.delay), comment: "seconds"),
                          .init("handle-time", distribution(r.handleTime), comment: "seconds")])
            })),
        ])
    }
}
