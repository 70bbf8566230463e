@testable import SimulationKernel
import Testing

@Suite("Event calendar invariants")
struct CalendarInvariantTests {
    /// The check must be able to fail: break the ladder by hand and see it named.
    @Test("The invariant check names a disordered bottom, a misplaced bucket event and a miscount")
    func catchesBreakage() {
        var calendar = EventCalendar<Int>()
        for i in 0..<10 { calendar.schedule(i, at: Double(i)) }
        #expect(calendar.invariantViolation() == nil)
        var disordered = calendar
        disordered.bottom.swapAt(2, 5)
        #expect(disordered.invariantViolation()?.contains("out of order") == true)
        var miscounted = calendar
        miscounted._count += 1
        #expect(miscounted.invariantViolation()?.contains("count") == true)

        // Enough events at spread times to use the top and rungs.
        var ladder = EventCalendar<Int>()
        let stream = RandomStream(seed: 3)
        for i in 0..<5000 { ladder.schedule(i, at: stream.exponential(mean: 100)) }
        for _ in 0..<10 { _ = ladder.next() }
        #expect(ladder.invariantViolation() == nil)
        #expect(!ladder.rungs.isEmpty)
        // Move one event to a bucket its time does not map to.
        var misplaced = ladder
        let r = misplaced.rungs.count - 1
        let offset = misplaced.bucketHeads.count - misplaced.rungs[r].bucketCount
        if let k = (0..<misplaced.rungs[r].bucketCount).last(where: { !misplaced.bucketHeads[offset + $0].isEmpty }),
           let first = (0..<misplaced.rungs[r].bucketCount).first(where: { $0 > misplaced.rungs[r].current && $0 < k }) {
            let list = misplaced.bucketHeads[offset + k]
            misplaced.bucketHeads[offset + k] = ChunkList()
            misplaced.bucketHeads[offset + first] = list
            #expect(misplaced.invariantViolation() != nil)
        } else {
            Issue.record("the test expected a rung with at least two open buckets")
        }
    }
}
