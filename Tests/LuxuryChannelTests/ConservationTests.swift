import Experiments
import Testing

/// Quantities that must balance at the end of every replication, whatever
/// the random numbers: nothing is created or lost between the model's stages.
@Suite("Luxury channel: conservation")
struct ConservationTests {
    @Test("Visitors, stock, reservations, orders and contacts balance in every replication")
    func balances() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: conservation
            horizon: 2d
            run-off: 20d
            start: 2017-08-07T08:00:00+08:00
            replications: 6
            seed: 5
            scenarios:
              - name: waveless
              - name: waves and staggered sales
                overrides:
                  fulfilment.release: {waves-every: 2h}
                  catalogue.sale: {opens: 0h, length: 1d, stagger: 12h}
            """))
        for variant in 0..<2 {
            try checkBalances(r, variant: variant)
        }
        // Waves hold orders back: shipping can only get later on average.
        let waveless = r.summaries(variant: 0).first { $0.name == "ship.order_to_ship_p50" }!.summary.mean
        let waves = r.summaries(variant: 1).first { $0.name == "ship.order_to_ship_p50" }!.summary.mean
        #expect(waves >= waveless)
    }

    func checkBalances(_ r: ExperimentResults, variant: Int) throws {
        func v(_ name: String) -> [Double] {
            let values = r.values(name, variant: variant)
            #expect(values.count == 6, "metric \(name) missing")
            return values
        }
        for i in 0..<6 {
            #expect(v("visitors.app")[i] == v("visitors.channel")[i] + v("visitors.other")[i])
            #expect(v("units.sold")[i] <= v("stock.units")[i] + v("returns.restocked")[i])
            #expect(v("stock.units_on_hand")[i] == v("stock.units")[i] + v("returns.restocked")[i] - v("units.sold")[i])
            #expect(v("stock.units_on_hand")[i] >= 0)
            let released = v("orders.cancelled")[i] + v("orders.timed_out")[i] + v("orders.abandoned")[i]
            #expect(v("reservations.created")[i]
                    == v("orders.paid")[i] + v("reservations.expired")[i] + released + v("reservations.open")[i])
            #expect(v("orders.placed")[i] == v("orders.paid")[i] + released + v("orders.in_checkout")[i])
            #expect(v("units.kept")[i] == v("units.sold")[i] - v("returns.units")[i])
            #expect(v("orders.paid")[i] == v("orders.shipped")[i] + v("orders.unshipped_end")[i])
            #expect(v("returns.processed")[i] <= v("returns.units")[i])
            #expect(v("returns.restocked")[i] <= v("returns.processed")[i])
            #expect(v("care.contacts")[i] == v("care.answered")[i] + v("care.abandoned")[i] + v("care.waiting")[i])
            // A 20-day run-off against delays of hours (contacts, returns:
            // means ≤ 1 h, at most 1 d) and lead times of 1–3 days, with
            // warehouses that clear a day's orders within a day: every order
            // of the 2-day horizon is shipped, delivered, returned and
            // answered before the end (an exponential delay of mean 1 h
            // outlasts 20 days with probability e^−480).
            for name in ["orders.unshipped_end", "deliveries.pending_end", "returns.pending_end", "care.pending_end",
                         "orders.in_checkout", "reservations.open"] {
                #expect(v(name)[i] == 0, "\(name) is \(v(name)[i]) after a 20-day run-off in replication \(i)")
            }
            // Something happened in every part, or the balances prove little.
            for name in ["orders.paid", "units.sold_live", "sales.lost_units", "orders.shipped", "returns.units",
                         "care.answered", "reservations.expired"] {
                #expect(v(name)[i] > 0, "\(name) is zero in replication \(i)")
            }
        }
    }
}
