import Experiments
import Testing

/// Common random numbers per entity: each order, contact and return draws
/// from streams restarted at its own number (its demand attempt's), so a
/// scenario that changes capacity downstream changes when things happen,
/// never what happens to each of them.
@Suite("Luxury channel: common random numbers per entity")
struct CommonRandomNumbersTests {
    /// How many contacts reach the agents and how many units come back
    /// depends only on each order's own draws: its contact counts and bot
    /// outcomes, whether its unit is returned. Warehouse workers and agents
    /// only move these in time; with a 20-day run-off after a 1-day horizon
    /// (delays of hours, lead times of days, a backlog cleared within days)
    /// every one of them happens before the end. Restocking is off: a
    /// restocked return is a new sale whose timing depends on the warehouse,
    /// a real effect that would change the orders themselves. (On the old
    /// code contacts and returns drew from shared streams in event order,
    /// so more workers changed them: 164 → 162 contacts in one replication.)
    @Test("More workers or agents never change contacts or returns")
    func capacityLeavesFatesAlone() throws {
        let model = smallChannel.replacingOccurrences(of: "restock: 50%", with: "restock: 0")
        let r = try results(experiment(model: model, body: """
            name: capacity
            horizon: 1d
            run-off: 20d
            start: 2017-08-07T08:00:00+08:00
            replications: 4
            scenarios:
              - name: planned
              - name: twice the floor
                overrides:
                  fulfilment.warehouses[east].pick.shifts: [{from: 0h, workers: 4}, {from: 14h, workers: 8}]
                  fulfilment.warehouses[east].pack.shifts: [{from: 0h, workers: 8}, {from: 14h, workers: 16}]
                  fulfilment.warehouses[south].pick.shifts: [{from: 0h, workers: 4}]
                  fulfilment.warehouses[south].pack.shifts: [{from: 0h, workers: 8}]
              - name: more agents
                overrides:
                  care.agents: [{from: 0h, agents: 4}, {from: 8h, agents: 8}]
              - name: no agents
                overrides:
                  care.agents: [{from: 0h, agents: 0}]
            """))
        for name in ["care.contacts", "care.bot_contained", "returns.units", "orders.paid"] {
            let planned = r.values(name, variant: 0)
            #expect(planned.count == 4 && planned.allSatisfy { $0 > 0 })
            for v in 1..<4 {
                #expect(r.values(name, variant: v) == planned, "\(name) changed in scenario \(v)")
            }
        }
        // The scenarios did change what capacity governs.
        #expect(r.values("care.answered", variant: 3).allSatisfy { $0 == 0 })
        #expect(r.values("ship.order_to_ship_p50", variant: 1) != r.values("ship.order_to_ship_p50", variant: 0))
    }

    /// Each payment attempt of an order succeeds when its own uniform number
    /// falls below the success rate, so with a higher rate every attempt that
    /// succeeded still does, no earlier than before, and fewer retries load
    /// the processor. A unit sold stays sold, and a unit an order fails to pay
    /// for goes back on sale to be sold at most once: units sold never fall.
    /// (On the old code the outcomes came from one stream in event order:
    /// 98% → 100% lowered units sold from 10,169 to 10,168.)
    @Test("Higher payment success never lowers units sold")
    func paymentSuccess() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: payment
            horizon: 1d
            start: 2017-08-07T08:00:00+08:00
            replications: 6
            sweep:
              checkout.payment.success: [90%, 95%, 98%, 100%]
            """))
        for point in 1..<4 {
            for (lower, higher) in zip(r.values("units.sold", variant: point - 1), r.values("units.sold", variant: point)) {
                #expect(higher >= lower, "units sold fell from \(lower) to \(higher) with a higher payment success")
            }
        }
        #expect(r.values("units.sold", variant: 3).reduce(0, +) > r.values("units.sold", variant: 0).reduce(0, +))
    }
}
