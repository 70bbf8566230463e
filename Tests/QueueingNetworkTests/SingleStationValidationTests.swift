import Testing

/// Single stations against closed-form queueing results. Each experiment in
/// experiments/validation/ is long enough for a 99% interval within 2%.
@Suite("Single stations agree with queueing theory")
struct SingleStationValidationTests {
    @Test("M/M/1: Wq = ρ/(μ − λ)")
    func mm1() throws {
        let results = try runValidation("mm1")
        expectAgreement(results, "server.wait_mean", analytic: 0.7 / (1 - 0.7))
        expectAgreement(results, "server.utilization", analytic: 0.7)
        expectAgreement(results, "server.in_system_mean", analytic: 0.7 / (1 - 0.7))
    }

    @Test("M/M/c: Erlang C waiting time")
    func mmc() throws {
        let results = try runValidation("mmc")
        let wq = QueueingTheory.mmcWait(lambda: 8, mu: 1, servers: 10)
        expectAgreement(results, "desk.wait_mean", analytic: wq)
        expectAgreement(results, "desk.queue_mean", analytic: 8 * wq)
        expectAgreement(results, "desk.sojourn_mean", analytic: wq + 1)
        expectAgreement(results, "desk.utilization", analytic: 0.8)
    }

    @Test("M/M/c/c: Erlang B blocking")
    func mmcc() throws {
        let results = try runValidation("mmcc")
        let blocking = QueueingTheory.erlangB(servers: 10, load: 8)
        expectAgreement(results, "trunk.blocked_fraction", analytic: blocking)
        // Carried load: λ(1 − B)/μ busy servers out of 10.
        expectAgreement(results, "trunk.utilization", analytic: 8 * (1 - blocking) / 10)
    }

    @Test("M/D/1: Pollaczek–Khinchine")
    func md1() throws {
        let results = try runValidation("md1")
        expectAgreement(results, "press.wait_mean", analytic: QueueingTheory.mg1Wait(lambda: 0.7, serviceMean: 1, serviceVariance: 0))
    }

    @Test("M/G/1 with lognormal service: Pollaczek–Khinchine")
    func mg1() throws {
        let results = try runValidation("mg1-lognormal")
        let variance = 1.5 * 1.5  // (cv · mean)²
        expectAgreement(results, "repair.wait_mean",
                        analytic: QueueingTheory.mg1Wait(lambda: 0.6, serviceMean: 1, serviceVariance: variance))
    }

    @Test("M/M/c+M: Erlang A abandonment and wait of the served")
    func erlangA() throws {
        let results = try runValidation("erlang-a")
        let theory = QueueingTheory.erlangA(lambda: 9, mu: 1, servers: 10, theta: 0.5)
        expectAgreement(results, "care.abandoned_fraction", analytic: theory.abandoned)
        expectAgreement(results, "care.wait_mean", analytic: theory.servedWait)
    }
}
