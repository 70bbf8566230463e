import RunwayBenchmarks
import SimulationKernel
import Testing

@Suite("Event calendar")
struct EventCalendarTests {
    /// Interleaves scheduling and taking events with times drawn from very
    /// different scales, many exact ties included, and checks that the ladder
    /// queue yields exactly the sequence of the independent 4-ary heap:
    /// nondecreasing times, ties in scheduling order.
    @Test("Takes events in time order, ties in scheduling order, like a heap", arguments: [1, 2, 3, 4])
    func matchesHeap(seed: UInt64) {
        let stream = RandomStream(seed: seed)
        var ladder = EventCalendar<Int>()
        var heap = HeapEventCalendar<Int>()
        var label = 0
        var taken = 0
        var lastTime = -Double.infinity
        var lastLabelAtTime = -1
        for step in 0..<200_000 {
            let burst = step < 1000 ? 50 : Int(stream.uniform() * 3)
            for _ in 0..<burst {
                let u = stream.uniform()
                let delay: Double
                switch u {
                case ..<0.2: delay = 0  // a tie with now
                case ..<0.3: delay = 5  // a tie among later events
                case ..<0.7: delay = stream.exponential(mean: 1)
                case ..<0.9: delay = stream.exponential(mean: 1000)
                default: delay = (stream.uniform() * 10).rounded()
                }
                ladder.schedule(label, at: ladder.now + delay)
                heap.schedule(label, at: heap.now + delay)
                label += 1
            }
            guard let a = ladder.next() else { continue }
            let b = heap.next()
            #expect(a == b)
            if a != b { return }
            if step % 997 == 0 { #expect(ladder.invariantViolation() == nil) }
            #expect(ladder.now == heap.now)
            #expect(ladder.now >= lastTime)
            if ladder.now == lastTime { #expect(a > lastLabelAtTime) }
            lastTime = ladder.now
            lastLabelAtTime = a
            taken += 1
        }
        while let a = ladder.next() {
            #expect(a == heap.next())
            taken += 1
        }
        #expect(heap.next() == nil)
        #expect(taken == label)
        #expect(ladder.isEmpty)
    }

    /// One far-future event makes the top's start late, so near events pile
    /// up in the sorted bottom until it spills into a rung; order must hold.
    @Test("A crowded bottom spills into a rung and keeps the order")
    func bottomSpill() {
        let stream = RandomStream(seed: 9)
        var ladder = EventCalendar<Int>()
        var heap = HeapEventCalendar<Int>()
        ladder.schedule(-1, at: 1e9)
        heap.schedule(-1, at: 1e9)
        _ = ladder.nextTime()
        var label = 0
        for _ in 0..<500 {
            for _ in 0..<300 {
                let t = ladder.now + stream.uniform() * 10
                ladder.schedule(label, at: t)
                heap.schedule(label, at: t)
                label += 1
            }
            #expect(ladder.invariantViolation() == nil)
            for _ in 0..<250 {
                let a = ladder.next()
                #expect(a == heap.next())
                if a == nil { break }
            }
            #expect(ladder.invariantViolation() == nil)
        }
        while let a = ladder.next() { #expect(a == heap.next()) }
        #expect(heap.next() == nil)
    }

    /// Pending counts that swing between a handful (all events kept in the
    /// sorted bottom) and hundreds (top and rungs in use) and back, with ties:
    /// the order must match the heap's through every change of regime.
    @Test("Order holds as few and many events alternate", arguments: [5, 6])
    func regimes(seed: UInt64) {
        let stream = RandomStream(seed: seed)
        var ladder = EventCalendar<Int>()
        var heap = HeapEventCalendar<Int>()
        var label = 0
        var sawFew = 0, sawMany = 0
        for cycle in 0..<400 {
            let target = cycle % 3 == 0 ? 20 + Int(stream.uniform() * 20) : 40 + Int(stream.uniform() * 400)
            var growing = true
            while true {
                if growing && ladder.count >= target { growing = false }
                if !growing && ladder.count <= 2 { break }
                let schedules = growing ? 2 : (stream.uniform() < 0.4 ? 1 : 0)
                for _ in 0..<schedules {
                    let u = stream.uniform()
                    let delay = u < 0.15 ? 0 : (u < 0.3 ? (stream.uniform() * 4).rounded() : stream.exponential(mean: 1))
                    ladder.schedule(label, at: ladder.now + delay)
                    heap.schedule(label, at: heap.now + delay)
                    label += 1
                    if let broken = ladder.invariantViolation() { Issue.record("after scheduling: \(broken)"); return }
                }
                if ladder.count < 32 { sawFew += 1 } else { sawMany += 1 }
                let a = ladder.next()
                if let broken = ladder.invariantViolation() { Issue.record("after taking: \(broken)"); return }
                #expect(a == heap.next())
                #expect(ladder.now == heap.now)
                if a == nil { break }
            }
        }
        while let a = ladder.next() { #expect(a == heap.next()) }
        #expect(heap.next() == nil)
        #expect(sawFew > 10_000 && sawMany > 10_000)
    }

    @Test("Stops at the horizon without taking later events")
    func horizon() {
        var calendar = EventCalendar<String>()
        calendar.schedule("a", at: 1)
        calendar.schedule("b", at: 2)
        calendar.schedule("c", at: 3)
        #expect(calendar.next(notAfter: 2.5) == "a")
        #expect(calendar.next(notAfter: 2.5) == "b")
        #expect(calendar.next(notAfter: 2.5) == nil)
        #expect(calendar.count == 1)
        #expect(calendar.now == 2)
        #expect(calendar.next() == "c")
    }

    /// Ten thousand events at one instant come out in scheduling order.
    @Test("A large tie keeps scheduling order")
    func largeTie() {
        var calendar = EventCalendar<Int>()
        for i in 0..<10_000 { calendar.schedule(i, at: 7) }
        for i in 0..<10_000 { #expect(calendar.next() == i) }
    }
}

@Suite("Engine")
struct EngineTests {
    struct Counter: EventHandler {
        var handled: [Double] = []
        mutating func handle(_ event: Int, calendar: inout EventCalendar<Int>) {
            handled.append(calendar.now)
            if event > 0 { calendar.schedule(event - 1, after: 1.5) }
        }
    }

    @Test("Runs until the horizon and leaves the clock there")
    func runUntilHorizon() {
        var calendar = EventCalendar<Int>()
        var model = Counter()
        calendar.schedule(10, at: 0)
        let n = calendar.run(&model, until: 6)
        #expect(n == 5)  // at 0, 1.5, 3, 4.5, 6
        #expect(model.handled == [0, 1.5, 3, 4.5, 6])
        #expect(calendar.now == 6)
        #expect(calendar.count == 1)
    }

    /// A model that schedules its next event at the same instant, for ever.
    struct Frozen: EventHandler {
        var handled = 0
        mutating func handle(_ event: Int, calendar: inout EventCalendar<Int>) {
            handled += 1
            calendar.schedule(event, after: 0)
        }
    }

    @Test("A run whose clock stands still is stopped after ten million events at one instant")
    func clockStops() {
        var calendar = EventCalendar<Int>()
        var model = Frozen()
        calendar.schedule(7, at: 2.5)
        let n = calendar.run(&model, until: 100)
        let stop = calendar.stoppedClock
        #expect(stop?.time == 2.5 && stop?.event == 7)
        #expect(n == model.handled && n <= EventCalendar<Int>.eventsAtOneInstantLimit && n >= EventCalendar<Int>.eventsAtOneInstantLimit - 1)
        #expect(calendar.now == 2.5, "the clock stays where it stood")
    }

    @Test("Many events at distinct instants do not count as a stopped clock")
    func movingClock() {
        var calendar = EventCalendar<Int>()
        var model = Counter()
        calendar.schedule(100, at: 0)
        calendar.run(&model, until: 1e9)
        #expect(calendar.stoppedClock == nil)
    }
}
