import SimulationKernel

extension LuxuryChannelSpec {
    /// The model as `runway explain` prints it: every field, durations in seconds.
    public func explanation() -> String {
        func n(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x) }
        func d(_ x: Distribution) -> String {
            "{dist: \(x.family.rawValue)" + x.declared.map { ", \($0.name): \(n($0.value))" }.joined() + "}"
        }
        var lines = ["kind: luxury-channel", "visitor-level: \(visitorLevel)", "traffic:",
                     "  visitors-per-day: \(n(traffic.visitorsPerDay))",
                     "  hourly: [\(traffic.hourly.map(n).joined(separator: ", "))]",
                     "  day-of-week: [\(traffic.dayOfWeek.map(n).joined(separator: ", "))]", "  segments:"]
        for s in traffic.segments {
            lines += ["    - name: \(s.name)", "      share: \(n(s.share))", "      channel-entry: \(n(s.channelEntry))",
                      "      views-per-visit: \(n(s.viewsPerVisit))", "      cart-per-view: \(n(s.cartPerView))",
                      "      buy-per-view: \(n(s.buyPerView))", "      order-per-cart: \(n(s.orderPerCart))"]
        }
        let c = catalogue
        lines += ["catalogue:", "  brands: \(c.brands)", "  opt-out: \(n(c.optOut))", "  products-per-brand: \(c.productsPerBrand)",
                  "  stock-per-product: \(c.stockPerProduct)", "  substitution: \(n(c.substitution))",
                  "  sale: {opens: \(n(c.saleOpens)), length: \(c.saleLength.isFinite ? n(c.saleLength) : "unlimited"), stagger: \(n(c.saleStagger))}",
                  "  categories:"]
        for k in c.categories { lines.append("    - {name: \(k.name), share: \(n(k.share)), price: \(d(k.price))}") }
        let o = checkout
        lines += ["checkout:", "  hold: \(n(o.hold))", "  time-to-order: \(d(o.timeToOrder))",
                  "  payment: {success: \(n(o.paymentSuccess)), retries: \(o.paymentRetries), time: \(d(o.paymentTime))}",
                  "  orders-per-second: \(n(o.ordersPerSecond))", "  payments-per-second: \(n(o.paymentsPerSecond))"]
        if let f = fulfilment {
            lines += ["fulfilment:", "  sla: \(n(f.sla))", "  release: \(f.waveInterval.map { "{waves-every: \(n($0))}" } ?? "waveless")",
                      "  tiers: [\(f.tiers.map { "{name: \($0.name), share: \(n($0.share))}" }.joined(separator: ", "))]", "  warehouses:"]
            for w in f.warehouses {
                func shifts(_ d: DailyShifts) -> String {
                    "[" + zip(d.starts, d.workers).map { "{from: \(n($0)), workers: \($1)}" }.joined(separator: ", ") + "]"
                }
                lines += ["    - name: \(w.name)", "      brands: \(n(w.brandShare))",
                          "      pick: {rate: \(n(w.pick.rate)), shifts: \(shifts(w.pick.shifts))}    # per second",
                          "      pack: {rate: \(n(w.pack.rate)), shifts: \(shifts(w.pack.shifts))}",
                          "      outages: [\(w.outages.map { "{from: \(n($0.from)), to: \(n($0.to))}" }.joined(separator: ", "))]"]
            }
            lines.append("  carriers:")
            for c in f.carriers {
                lines += ["    - name: \(c.name)", "      share: \(n(c.share))", "      cutoffs: [\(c.cutoffs.map(n).joined(separator: ", "))]",
                          "      truck-capacity: \(c.truckCapacity)", "      lead-time:"]
                for (tier, lead) in zip(f.tiers, c.leadTimes) { lines.append("        \(tier.name): \(d(lead))") }
            }
        } else {
            lines.append("fulfilment: none")
        }
        if let r = returns {
            let names = catalogue.categories.map(\.name)
            lines += ["returns:",
                      "  browsing: {\(zip(names, r.browsing).map { "\($0): \(n($1))" }.joined(separator: ", "))}",
                      "  live: {\(zip(names, r.live).map { "\($0): \(n($1))" }.joined(separator: ", "))}",
                      "  time: \(d(r.time))", "  restock: \(n(r.restock))"]
        }
        if let c = care {
            lines += ["care:", "  bot-containment: \(n(c.botContainment))", "  concurrency: \(c.concurrency)",
                      "  patience: \(d(c.patience))", "  service-level-target: \(n(c.serviceLevelTarget))",
                      "  agents: [" + zip(c.agents.starts, c.agents.workers).map { "{from: \(n($0)), agents: \($1)}" }.joined(separator: ", ") + "]",
                      "  reasons:"]
            for r in c.reasons {
                lines.append("    - {name: \(r.name), per-order: \(n(r.perOrder)), after: \(r.anchor.rawValue), delay: \(d(r.delay)), handle-time: \(d(r.handleTime))}")
            }
        }
        if shows.isEmpty { lines.append("show: none") }
        for s in shows {
            lines += [shows.count > 1 ? "show \(s.name):" : "show:", "  start: \(n(s.start))", "  viewers: \(n(s.viewers))",
                      "  build-up: \(n(s.buildUp))",
                      "  watch-time: \(n(s.watchTime))", "  buy-intent: \(n(s.buyIntent))", "  buy-delay: \(d(s.buyDelay))",
                      "  looks:    # at: seconds after the show's start; brand: index among the channel's brands (spread when absent)"]
            for look in s.looks {
                lines.append("    - {at: \(n(look.start - s.start)), brand: \(look.brand.map(String.init) ?? "spread"), "
                             + "products: \(look.products), stock-per-product: \(look.stockPerProduct), price: \(d(look.price))}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
