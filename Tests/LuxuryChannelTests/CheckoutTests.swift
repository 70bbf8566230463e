import Experiments
import Testing

/// Checkout that loses sales: the payment window releases unpaid orders,
/// shoppers give up in slow queues, and both count as lost sales.
@Suite("Luxury channel: checkout that loses sales")
struct CheckoutTests {
    /// The small channel with shoppers who give up after a few minutes in a
    /// checkout queue, and a 30-minute payment window.
    static let impatient = smallChannel.replacingOccurrences(
        of: "  orders-per-second: 5\n",
        with: "  patience: {dist: exponential, mean: 3m}\n  orders-per-second: 5\n")

    /// At 0.2 orders and payments a second (12 a minute) the small channel's
    /// peak demand queues for hours: orders time out or are given up, and
    /// fewer are paid than with ample capacity. Each order's patience,
    /// payment time and outcome are its own numbers, so lower capacity only
    /// delays orders, and a delayed order can be lost but not gained. (Not a
    /// theorem per replication: a unit an order releases unpaid can go to a
    /// later shopper who would have found none, which at most replaces the
    /// sale; the seeds here are fixed, so the test is deterministic.) The
    /// 2-day run-off lets every queue drain: on the old code an order was
    /// held for ever, and paid orders barely moved (3,563 → 3,561 a
    /// replication on average from 1,000/s to 0.2/s).
    @Test("Lower checkout capacity never raises paid orders, and at 0.2/s lowers them")
    func capacity() throws {
        let r = try results(experiment(model: Self.impatient, body: """
            name: capacity
            horizon: 1d
            run-off: 2d
            replications: 6
            seed: 12
            sweep:
              zip:
                checkout.orders-per-second: [1000, 5, 1, 0.2]
                checkout.payments-per-second: [1000, 4, 1, 0.2]
            """))
        for point in 1..<4 {
            for (more, less) in zip(r.values("orders.paid", variant: point - 1), r.values("orders.paid", variant: point)) {
                #expect(less <= more, "paid orders rose from \(more) to \(less) with less checkout capacity")
            }
        }
        let ample = r.values("orders.paid", variant: 0).reduce(0, +)
        let scarce = r.values("orders.paid", variant: 3).reduce(0, +)
        #expect(scarce < ample, "0.2/s paid \(scarce) orders against \(ample) with ample capacity")
        let lost = r.values("sales.lost_units_checkout", variant: 3)
        #expect(lost.allSatisfy { $0 > 0 })
        #expect(r.values("sales.lost_units_checkout", variant: 0).allSatisfy { $0 == 0 })
        // One unit per order: units lost in checkout are the orders released unpaid or given up.
        for i in 0..<6 {
            #expect(lost[i] == r.values("orders.timed_out", variant: 3)[i] + r.values("orders.abandoned", variant: 3)[i])
        }
        // The old model held an order for ever: the queue's p95 wait ran to hours. Now
        // no paid order can have waited past the 30-minute payment window.
        #expect(r.values("checkout.wait_p95", variant: 3).allSatisfy { $0 <= 1800 })
    }

    /// Shoppers who never pay hold their units until the window ends: every
    /// order placed is released unpaid 30 minutes later (those placed in the
    /// last 30 minutes of a run without run-off are still in checkout).
    @Test("Orders nobody pays are released when the payment window ends")
    func nobodyPays() throws {
        let model = smallChannel.replacingOccurrences(of: "payment: {success: 95%, retries: 1, time: {dist: exponential, mean: 20s}}",
                                                      with: "payment: {success: 95%, retries: 1, time: {dist: exponential, mean: 20s}, window: 30m, abandon: 100%}")
        let r = try results(experiment(model: model, body: "name: unpaid\nhorizon: 1d\nrun-off: 1h\nreplications: 3\n"))
        #expect(r.values("orders.paid").allSatisfy { $0 == 0 })
        #expect(r.values("orders.placed") == r.values("orders.timed_out"))
        #expect(r.values("orders.in_checkout").allSatisfy { $0 == 0 })
        #expect(r.values("reservations.expired_share").allSatisfy { $0 == 1 })
    }

    /// Orders and reservations balance with every way out of checkout.
    @Test("Placed = paid + cancelled + timed out + abandoned + in checkout, in every replication")
    func balances() throws {
        let r = try results(experiment(model: Self.impatient.replacingOccurrences(of: "orders-per-second: 5", with: "orders-per-second: 0.5"),
                                       body: "name: balance\nhorizon: 1d\nreplications: 4\n"))
        func v(_ name: String) -> [Double] { r.values(name) }
        for i in 0..<4 {
            #expect(v("orders.placed")[i]
                    == v("orders.paid")[i] + v("orders.cancelled")[i] + v("orders.timed_out")[i] + v("orders.abandoned")[i]
                    + v("orders.in_checkout")[i])
            #expect(v("reservations.created")[i]
                    == v("orders.paid")[i] + v("reservations.expired")[i] + v("orders.cancelled")[i] + v("orders.timed_out")[i]
                    + v("orders.abandoned")[i] + v("reservations.open")[i])
            #expect(v("orders.abandoned")[i] + v("orders.timed_out")[i] > 0)
        }
    }
}
