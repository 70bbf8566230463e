import SimulationKernel

/// A 4-ary min-heap of pending events: the reference the ladder-queue
/// `EventCalendar` is measured against in `runway bench`, and an independent
/// ordering oracle in tests. Same ordering rule: time, tie class, then scheduling order.
public struct HeapEventCalendar<Event: TimedEvent> {
    @usableFromInline var _now: Double = 0
    /// The simulation clock, in the model's time unit.
    @inlinable public var now: Double { _now }
    @usableFromInline var heap: ContiguousArray<HeapEntry<Event>> = []
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar with the clock at `start`.
    public init(start: Double = 0) { _now = start }

    /// Events scheduled but not yet taken.
    @inlinable public var count: Int { heap.count }

    /// Schedules `event` at absolute time `time` (not in the past).
    @inlinable
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "event scheduled in the past")
        let entry = HeapEntry(time: time, key: event.tieClass.orderingKey(nextSequence), event: event)
        nextSequence &+= 1
        var child = heap.count
        heap.append(entry)
        while child > 0 {
            let parent = (child - 1) >> 2
            guard heap[parent].isLater(than: entry) else { break }
            heap[child] = heap[parent]
            child = parent
        }
        heap[child] = entry
    }

    /// Schedules `event` `delay` time units from now.
    @inlinable
    public mutating func schedule(_ event: Event, after delay: Double) {
        schedule(event, at: now + delay)
    }

    /// Takes the earliest event, advancing the clock to it.
    @inlinable
    public mutating func next() -> Event? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            var parent = 0
            let n = heap.count
            while true {
                let firstChild = 4 * parent + 1
                if firstChild >= n { break }
                var best = firstChild
                let end = min(firstChild + 4, n)
                var c = firstChild + 1
                while c < end {
                    if heap[best].isLater(than: heap[c]) { best = c }
                    c += 1
                }
                guard last.isLater(than: heap[best]) else { break }
                heap[parent] = heap[best]
                parent = best
            }
            heap[parent] = last
        }
        _now = first.time
        return first.event
    }
}

/// A pending event of the heap: its time, its ordering key at equal times, the event.
@usableFromInline
struct HeapEntry<Event> {
    @usableFromInline var time: Double
    @usableFromInline var key: UInt64
    @usableFromInline var event: Event

    @inlinable init(time: Double, key: UInt64, event: Event) {
        self.time = time
        self.key = key
        self.event = event
    }

    /// Whether `self` is taken after `other`.
    @inlinable func isLater(than other: HeapEntry) -> Bool {
        time > other.time || (time == other.time && key > other.key)
    }
}
