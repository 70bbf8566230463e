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
            start: 2017-08-07T08:00:00+08:00
            replications: 6
            seed: 5
            """))
        func v(_ name: String) -> [Double] {
            let values = r.values(name)
            #expect(values.count == 6, "metric \(name) missing")
            return values
        }
        for i in 0..<6 {
            #expect(v("visitors.app")[i] == v("visitors.channel")[i] + v("visitors.other")[i])
            #expect(v("units.sold")[i] <= v("stock.units")[i] + v("returns.restocked")[i])
            #expect(v("stock.units_on_hand")[i] == v("stock.units")[i] + v("returns.restocked")[i] - v("units.sold")[i])
            #expect(v("stock.units_on_hand")[i] >= 0)
            #expect(v("reservations.created")[i]
                    == v("orders.paid")[i] + v("reservations.expired")[i] + v("orders.cancelled")[i] + v("reservations.open")[i])
            #expect(v("orders.placed")[i] == v("orders.paid")[i] + v("orders.cancelled")[i] + v("orders.in_checkout")[i])
            #expect(v("orders.paid")[i] == v("orders.shipped")[i] + v("warehouse.backlog")[i])
            #expect(v("care.contacts")[i] == v("care.answered")[i] + v("care.abandoned")[i] + v("care.waiting")[i])
            // Something happened in every part, or the balances prove little.
            for name in ["orders.paid", "units.sold_live", "sales.lost_units", "orders.shipped", "returns.units",
                         "care.answered", "reservations.expired"] {
                #expect(v(name)[i] > 0, "\(name) is zero in replication \(i)")
            }
        }
    }
}
