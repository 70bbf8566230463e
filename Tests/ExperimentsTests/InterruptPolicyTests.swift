import Experiments
import Testing

@Suite("Interrupt policy")
struct InterruptPolicyTests {
    @Test("A first SIGINT stops after the runs in progress; a second ends at once with 130")
    func interrupt() {
        var policy = InterruptPolicy(grace: 10)
        #expect(policy.received(.interrupt) == .stopAfterRunsInProgress(grace: nil))
        #expect(policy.exitStatus == 130)
        #expect(policy.graceEnded() == InterruptPolicy.Action.none)
        #expect(policy.received(.interrupt) == .exitNow(status: 130))
    }

    /// A hung run ignored a single SIGTERM, so `timeout` could not stop it.
    @Test("A first SIGTERM gives the runs in progress a grace period, then ends with 143")
    func terminate() {
        var policy = InterruptPolicy(grace: 7)
        #expect(policy.received(.terminate) == .stopAfterRunsInProgress(grace: 7))
        #expect(policy.exitStatus == 143)
        #expect(policy.graceEnded() == .exitNow(status: 143))
    }

    @Test("A second signal of either kind ends at once with its own status")
    func second() {
        var policy = InterruptPolicy()
        _ = policy.received(.interrupt)
        #expect(policy.received(.terminate) == .exitNow(status: 143))
        var other = InterruptPolicy()
        _ = other.received(.terminate)
        #expect(other.received(.interrupt) == .exitNow(status: 130))
        #expect(other.exitStatus == 143, "the run stopped for the first signal")
    }
}
