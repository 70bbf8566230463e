import RunwayBenchmarks
import SimulationKernel
import Testing

@Suite("Simultaneous events")
struct TieClassTests {
    /// Events of every class scheduled at random, many at equal times: the
    /// ladder queue must agree with the heap, and at equal times take
    /// releases, then capacity changes, then abandonments, then arrivals,
    /// each class in scheduling order.
    @Test("Equal times resolve by tie class, then scheduling order, in the ladder and the heap", arguments: [1, 2])
    func classesOrderTies(seed: UInt64) {
        let stream = RandomStream(seed: seed)
        var ladder = EventCalendar<ClassedEvent>()
        var heap = HeapEventCalendar<ClassedEvent>()
        var label = 0
        var last: (time: Double, tie: TieClass, label: Int)?
        for step in 0..<100_000 {
            let burst = step < 500 ? 40 : Int(stream.uniform() * 3)
            for _ in 0..<burst {
                let delay = stream.uniform() < 0.5 ? (stream.uniform() * 4).rounded() : stream.exponential(mean: 50)
                let event = ClassedEvent(label: label, tieClass: TieClass.allCases[Int(stream.uniform() * 4)])
                ladder.schedule(event, at: ladder.now + delay)
                heap.schedule(event, at: heap.now + delay)
                label += 1
            }
            guard let a = ladder.next() else { continue }
            let b = heap.next()
            #expect(a == b)
            if a != b { return }
            if let last, last.time == ladder.now {
                // Within one instant: never a lower class after a higher one,
                // and within a class, later labels only — unless the event was
                // scheduled at this very instant after the earlier one was taken.
                #expect(a.tieClass >= last.tie || a.label > last.label)
                if a.tieClass == last.tie { #expect(a.label > last.label) }
            }
            last = (ladder.now, a.tieClass, a.label)
        }
    }

    @Test("A release scheduled for now goes before the arrivals already due now")
    func releaseJumpsTheQueue() {
        var calendar = EventCalendar<ClassedEvent>()
        calendar.schedule(ClassedEvent(label: 0, tieClass: .arrival), at: 1)
        calendar.schedule(ClassedEvent(label: 1, tieClass: .arrival), at: 1)
        calendar.schedule(ClassedEvent(label: 2, tieClass: .abandonment), at: 1)
        calendar.schedule(ClassedEvent(label: 3, tieClass: .capacity), at: 1)
        calendar.schedule(ClassedEvent(label: 4, tieClass: .release), at: 1)
        #expect(calendar.next()?.label == 4)
        // Handling the release schedules another release at the same instant.
        calendar.schedule(ClassedEvent(label: 5, tieClass: .release), at: 1)
        let rest = (0..<5).compactMap { _ in calendar.next()?.label }
        #expect(rest == [5, 3, 2, 0, 1])
    }
}
