/// The pending events of one simulation and its clock.
///
/// A ladder queue (Tang, Goh & Thng, ACM TOMACS 2005): far-future events wait
/// unsorted in a *top* list, nearer ones are spread over *rungs* of buckets
/// (each rung subdividing one bucket of the rung above), and only the few
/// events about to happen are kept sorted in the *bottom*. Scheduling and
/// taking the next event cost O(1) amortised, against O(log n) for a heap,
/// which matters at 10⁵–10⁷ pending events (`runway bench` compares both).
///
/// Events that fall due at the same time are taken by their `TieClass`
/// (releases, capacity changes, abandonments, arrivals), and within a class
/// in the order they were scheduled, so a run is a deterministic function of
/// its inputs and ties resolve the same way in every model.
///
/// A bucket is a list of fixed-size chunks of events in one pooled array, so
/// taking a bucket reads a few contiguous blocks of memory instead of chasing
/// one pointer per event (at 10⁶ pending events, memory latency is most of
/// the cost). Once the pool has grown to the most events pending at once,
/// scheduling and taking events allocate nothing.
public struct EventCalendar<Event: TimedEvent> {
    @usableFromInline var _now: Double = 0
    /// The simulation clock, in the model's time unit (seconds for the luxury model).
    @inlinable public var now: Double { _now }

    @usableFromInline var _stoppedClock: StoppedClock<Event>?
    /// Set when `run` stopped a run whose clock stood still: the instant, the
    /// count of events at it and the last event; nil while the clock moves.
    public var stoppedClock: StoppedClock<Event>? { _stoppedClock }

    @usableFromInline var _count: Int = 0
    /// Events scheduled but not yet taken.
    @inlinable public var count: Int { _count }

    @usableFromInline var nextSequence: UInt64 = 0
    /// Chunk storage: chunk `c` holds slots `c * chunkSize ..< (c + 1) * chunkSize`.
    @usableFromInline var entries: ContiguousArray<CalendarEntry<Event>> = []
    /// The next chunk of the same list, or -1.
    @usableFromInline var chunkNext: ContiguousArray<Int32> = []
    @usableFromInline var freeChunk: Int32 = -1

    /// Events about to happen, sorted earliest first from `bottomHead` on.
    /// New events are usually later than those pending, so keeping the
    /// latest at the end makes their sorted insertion short.
    @usableFromInline var bottom: ContiguousArray<CalendarEntry<Event>> = []
    @usableFromInline var bottomHead = 0

    @usableFromInline var rungs: ContiguousArray<LadderRung> = []
    /// Bucket lists of all rungs, stacked in rung order.
    @usableFromInline var bucketHeads: ContiguousArray<ChunkList> = []

    /// Unsorted events at or after `topStart`.
    @usableFromInline var top = ChunkList()
    @usableFromInline var topCount = 0
    @usableFromInline var topMin = Double.infinity
    @usableFromInline var topMax = -Double.infinity
    @usableFromInline var topStart = -Double.infinity

    /// A bucket with more events than this is split into a new rung rather than sorted.
    @usableFromInline static var sortThreshold: Int { 48 }
    @usableFromInline static var maximumRungs: Int { 10 }
    @usableFromInline static var chunkSize: Int { 8 }
    /// Pending events up to which all of them are kept in the sorted bottom.
    @usableFromInline static var shortBottom: Int { 32 }
    /// Sorted events beyond which the bottom is spread over a new rung.
    @usableFromInline static var bottomLimit: Int { 512 }
    /// Events per bucket aimed at when a rung is spread.
    @usableFromInline static var eventsPerBucket: Int { 2 }

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
        let sequence = event.tieClass.orderingKey(nextSequence)
        nextSequence &+= 1
        _count += 1
        let entry = CalendarEntry(time: time, sequence: sequence, event: event)
        #if RUNWAY_INTERNAL_CHECKS
        defer { if let broken = invariantViolation() { preconditionFailure("event calendar: \(broken)") } }
        #endif
        // Few events pending (no rungs, nothing on top, a short bottom): all of
        // them stay in the bottom, so nothing is pushed on top only to be sorted
        // back at the next refill. `topStart` follows the latest of them, to
        // keep the top later than the bottom once the bottom is long again.
        if rungs.isEmpty && topCount == 0 && bottom.count &- bottomHead < Self.shortBottom {
            topStart = Swift.max(topStart, time)
            insertIntoBottom(entry)
            return
        }
        if time >= topStart {
            top = push(entry, onto: top)
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
                bucketHeads[slot] = push(entry, onto: bucketHeads[slot])
                return
            }
            offset += rung.bucketCount
        }
        // A bottom grown large (a far event made the top's start late, so near
        // events kept landing here) becomes a rung, or inserts would cost O(n).
        if bottom.count - bottomHead >= Self.bottomLimit && rungs.count < Self.maximumRungs && spillBottomIntoRung() {
            let r = rungs.count - 1
            let slot = bucketHeads.count - rungs[r].bucketCount + rungs[r].bucket(of: time)
            bucketHeads[slot] = push(entry, onto: bucketHeads[slot])
            return
        }
        insertIntoBottom(entry)
    }

    /// Takes the next event if it happens no later than `horizon`, advancing the clock to it.
    @inlinable
    public mutating func next(notAfter horizon: Double = .infinity) -> Event? {
        if bottomHead == bottom.count {
            guard count > 0 else { return nil }
            refillBottom()
        }
        #if RUNWAY_INTERNAL_CHECKS
        defer { if let broken = invariantViolation() { preconditionFailure("event calendar: \(broken)") } }
        #endif
        let entry = bottom[bottomHead]
        guard entry.time <= horizon else { return nil }
        bottomHead += 1
        _count -= 1
        _now = entry.time
        return entry.event
    }

    /// Time of the next pending event, or `nil` when none is pending.
    @inlinable
    public mutating func nextTime() -> Double? {
        if bottomHead == bottom.count {
            guard count > 0 else { return nil }
            refillBottom()
        }
        return bottom[bottomHead].time
    }

    /// Moves the clock forward to `time` (used at the end of a run, to the horizon).
    @inlinable
    public mutating func advance(to time: Double) {
        if time > now { _now = time }
    }

    /// Adds `entry` to a chunk list and returns the list's new head.
    @inlinable
    mutating func push(_ entry: CalendarEntry<Event>, onto list: ChunkList) -> ChunkList {
        if list.chunk >= 0 && Int(list.fill) < Self.chunkSize {
            entries[Int(list.chunk) * Self.chunkSize + Int(list.fill)] = entry
            return ChunkList(chunk: list.chunk, fill: list.fill + 1)
        }
        let chunk: Int32
        if freeChunk >= 0 {
            chunk = freeChunk
            freeChunk = chunkNext[Int(chunk)]
            entries[Int(chunk) * Self.chunkSize] = entry
            chunkNext[Int(chunk)] = list.chunk
        } else {
            precondition(chunkNext.count < Int(Int32.max), "too many pending events")
            chunk = Int32(chunkNext.count)
            chunkNext.append(list.chunk)
            // The slots need values; copies of the entry serve until overwritten.
            entries.append(contentsOf: repeatElement(entry, count: Self.chunkSize))
        }
        return ChunkList(chunk: chunk, fill: 1)
    }

    @inlinable @inline(__always)
    mutating func insertIntoBottom(_ entry: CalendarEntry<Event>) {
        // A bottom that never runs empty is never cleared by a refill: drop the
        // events already taken once they outnumber those pending (amortised O(1)).
        if bottomHead >= 64 && bottomHead >= bottom.count &- bottomHead {
            bottom.removeFirst(bottomHead)
            bottomHead = 0
        }
        if bottom.count - bottomHead > 32 {
            var low = bottomHead
            var high = bottom.count
            while low < high {
                let mid = (low &+ high) >> 1
                if entry.isLater(than: bottom[mid]) { low = mid + 1 } else { high = mid }
            }
            bottom.insert(entry, at: low)
            return
        }
        // Usually a handful of entries, the newcomer among the latest: shift from the end.
        let head = bottomHead
        bottom.append(entry)
        bottom.withUnsafeMutableBufferPointer { b in
            var j = b.count - 1
            while j > head && b[j - 1].isLater(than: entry) {
                b[j] = b[j - 1]
                j -= 1
            }
            b[j] = entry
        }
    }
}

/// A list of chunks: the head chunk (partly filled, `fill` slots used) and,
/// through `chunkNext`, full chunks behind it. An empty list has chunk -1.
@usableFromInline
struct ChunkList {
    @usableFromInline var chunk: Int32
    @usableFromInline var fill: Int32

    @inlinable init(chunk: Int32 = -1, fill: Int32 = 0) {
        self.chunk = chunk
        self.fill = fill
    }

    @inlinable var isEmpty: Bool { chunk < 0 }
}

/// An event in the sorted bottom of the calendar.
@usableFromInline
struct CalendarEntry<Event> {
    @usableFromInline var time: Double
    /// The tie class in the top 8 bits, the scheduling order below: one
    /// comparison orders events due at the same time.
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
