/// The pending events of one simulation and its clock.
///
/// A ladder queue (Tang, Goh & Thng, ACM TOMACS 2005): far-future events wait
/// unsorted in a *top* list, nearer ones are spread over *rungs* of buckets
/// (each rung subdividing one bucket of the rung above), and only the few
/// events about to happen are kept sorted in the *bottom*. Scheduling and
/// taking the next event cost O(1) amortised, against O(log n) for a heap,
/// which matters at 10⁵–10⁷ pending events (`runway bench` compares both).
///
/// Events that fall due at the same time are taken in the order they were
/// scheduled, so a run is a deterministic function of its inputs.
///
/// Events live in a pool of nodes linked into buckets by index: once the pool
/// has grown to the largest number of pending events, scheduling and taking
/// events allocate nothing.
public struct EventCalendar<Event> {
    /// The simulation clock, in the model's time unit (seconds for the luxury model).
    @usableFromInline var _now: Double = 0
    @inlinable public var now: Double { _now }

    /// Events scheduled but not yet taken.
    @usableFromInline var _count: Int = 0
    @inlinable public var count: Int { _count }

    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var nodes: ContiguousArray<CalendarNode<Event>> = []
    @usableFromInline var freeNode: Int32 = CalendarNode<Event>.none

    /// Events about to happen, sorted latest first so the next one is `last`.
    @usableFromInline var bottom: ContiguousArray<CalendarEntry<Event>> = []

    @usableFromInline var rungs: ContiguousArray<LadderRung> = []
    /// Bucket list heads of all rungs, stacked in rung order.
    @usableFromInline var bucketHeads: ContiguousArray<Int32> = []

    /// Unsorted events at or after `topStart`.
    @usableFromInline var topHead: Int32 = CalendarNode<Event>.none
    @usableFromInline var topCount = 0
    @usableFromInline var topMin = Double.infinity
    @usableFromInline var topMax = -Double.infinity
    @usableFromInline var topStart = -Double.infinity

    /// A bucket with more events than this is split into a new rung rather than sorted.
    @usableFromInline static var sortThreshold: Int { 48 }
    @usableFromInline static var maximumRungs: Int { 10 }

    /// Creates an empty calendar with the clock at `start`.
    public init(start: Double = 0) {
        _now = start
    }

    /// Whether no event is pending.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Schedules `event` to happen `delay` time units from now (`delay` ≥ 0).
    @inlinable
    public mutating func schedule(_ event: Event, after delay: Double) {
        schedule(event, at: now + delay)
    }

    /// Schedules `event` at absolute time `time`, which must not lie in the past.
    @inlinable
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "event scheduled in the past or at NaN: \(time) < \(now)")
        let sequence = nextSequence
        nextSequence &+= 1
        _count += 1
        if time >= topStart {
            let node = allocateNode(time: time, sequence: sequence, event: event, next: topHead)
            topHead = node
            topCount += 1
            if time < topMin { topMin = time }
            if time > topMax { topMax = time }
            return
        }
        var offset = 0
        for r in rungs.indices {
            let rung = rungs[r]
            let index = rung.bucket(of: time)
            if index > rung.current {
                let slot = offset + index
                bucketHeads[slot] = allocateNode(time: time, sequence: sequence, event: event, next: bucketHeads[slot])
                return
            }
            offset += rung.bucketCount
        }
        insertIntoBottom(CalendarEntry(time: time, sequence: sequence, event: event))
    }

    /// Takes the next event if it happens no later than `horizon`, advancing the clock to it.
    @inlinable
    public mutating func next(notAfter horizon: Double = .infinity) -> Event? {
        if bottom.isEmpty {
            guard count > 0 else { return nil }
            refillBottom()
        }
        guard let entry = bottom.last, entry.time <= horizon else { return nil }
        bottom.removeLast()
        _count -= 1
        _now = entry.time
        return entry.event
    }

    /// Time of the next pending event, or `nil` when none is pending.
    public mutating func nextTime() -> Double? {
        if bottom.isEmpty {
            guard count > 0 else { return nil }
            refillBottom()
        }
        return bottom.last?.time
    }

    /// Moves the clock forward to `time` (used at the end of a run, to the horizon).
    public mutating func advance(to time: Double) {
        if time > now { _now = time }
    }

    @inlinable
    mutating func allocateNode(time: Double, sequence: UInt64, event: Event, next: Int32) -> Int32 {
        let node = CalendarNode(time: time, sequence: sequence, next: next, event: event)
        if freeNode != CalendarNode<Event>.none {
            let index = freeNode
            freeNode = nodes[Int(index)].next
            nodes[Int(index)] = node
            return index
        }
        precondition(nodes.count < Int(Int32.max), "more than 2³¹ pending events")
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    @inlinable
    mutating func insertIntoBottom(_ entry: CalendarEntry<Event>) {
        // Latest first; the newcomer has the highest sequence number, so it goes
        // before (i.e. is taken after) every entry due at the same time.
        var low = 0
        var high = bottom.count
        while low < high {
            let mid = (low &+ high) >> 1
            if bottom[mid].time > entry.time { low = mid + 1 } else { high = mid }
        }
        bottom.insert(entry, at: low)
    }
}

/// One pending event in the calendar's node pool.
@usableFromInline
struct CalendarNode<Event> {
    @usableFromInline static var none: Int32 { -1 }
    @usableFromInline var time: Double
    @usableFromInline var sequence: UInt64
    @usableFromInline var next: Int32
    @usableFromInline var event: Event

    @inlinable init(time: Double, sequence: UInt64, next: Int32, event: Event) {
        self.time = time
        self.sequence = sequence
        self.next = next
        self.event = event
    }
}

/// An event in the sorted bottom of the calendar.
@usableFromInline
struct CalendarEntry<Event> {
    @usableFromInline var time: Double
    @usableFromInline var sequence: UInt64
    @usableFromInline var event: Event

    @inlinable init(time: Double, sequence: UInt64, event: Event) {
        self.time = time
        self.sequence = sequence
        self.event = event
    }

    /// Whether `self` is taken after `other`.
    @inlinable func isLater(than other: CalendarEntry) -> Bool {
        time > other.time || (time == other.time && sequence > other.sequence)
    }
}
