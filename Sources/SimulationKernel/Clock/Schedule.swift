/// A value that changes at points in time — staff on duty, trucks leaving,
/// a rate — as a repeating pattern of pieces plus one-off exceptions.
///
/// - The pattern: `pieces[i].value` holds from `pieces[i].from` until the next
///   piece's start. With a `period` the pattern repeats every period, on a
///   phase: a *daily* schedule (`period` one day, phase the local clock's
///   offset) reads `from` as a local time of day. Without a period the last
///   piece holds for ever.
/// - Exceptions: `value` holds over [`from`, `to`) in simulation time,
///   whatever the pattern says (a launch-night plan, an outage); a later
///   exception wins where they overlap.
public struct Schedule<Value: Sendable & Equatable>: Sendable, Equatable {
    /// One piece of the pattern.
    public struct Piece: Sendable, Equatable {
        /// Start within the period (seconds), increasing, the first 0.
        public let from: Double
        /// The value from `from` on.
        public let value: Value

        /// A piece starting `from` seconds into the period.
        public init(from: Double, value: Value) {
            self.from = from
            self.value = value
        }
    }

    /// A one-off value over a period of simulation time.
    public struct Exception: Sendable, Equatable {
        /// Start, in simulation seconds.
        public let from: Double
        /// End (excluded), in simulation seconds.
        public let to: Double
        /// The value over the period.
        public let value: Value

        /// `value` over [`from`, `to`), `to` after `from`.
        public init(from: Double, to: Double, value: Value) {
            precondition(to > from)
            self.from = from
            self.to = to
            self.value = value
        }
    }

    /// The repeating (or one-off) pattern, in order.
    public let pieces: [Piece]
    /// Length of one repetition (nil: no repetition).
    public let period: Double?
    /// Position within the period at simulation time 0 (the local clock's
    /// offset for a daily schedule).
    public let phase: Double
    /// One-off values over periods; later ones win.
    public let exceptions: [Exception]

    /// A schedule; `pieces` must start at 0 and increase, and lie within the period.
    public init(pieces: [Piece], period: Double? = nil, phase: Double = 0, exceptions: [Exception] = []) {
        precondition(!pieces.isEmpty && pieces[0].from == 0, "a schedule starts at 0")
        precondition(zip(pieces, pieces.dropFirst()).allSatisfy { $0.from < $1.from }, "pieces must increase")
        if let period { precondition(period > 0 && pieces[pieces.count - 1].from < period, "pieces lie within the period") }
        self.pieces = pieces
        self.period = period
        self.phase = period.map { p in let x = phase.truncatingRemainder(dividingBy: p); return x < 0 ? x + p : x } ?? 0
        self.exceptions = exceptions
    }

    /// The same value for ever.
    public static func constant(_ value: Value) -> Schedule { Schedule(pieces: [Piece(from: 0, value: value)]) }

    /// A pattern repeating every local day: piece starts are times of day.
    public static func daily(_ pieces: [Piece], clock: LocalClock, exceptions: [Exception] = []) -> Schedule {
        Schedule(pieces: pieces, period: LocalClock.day, phase: clock.offset, exceptions: exceptions)
    }

    /// This schedule with more exceptions (they win over the earlier ones).
    public func adding(_ more: [Exception]) -> Schedule {
        Schedule(pieces: pieces, period: period, phase: phase, exceptions: exceptions + more)
    }

    /// Whether the value never changes.
    public var isConstant: Bool { exceptions.isEmpty && pieces.allSatisfy { $0.value == pieces[0].value } }

    /// The value at simulation time `t` (≥ 0).
    public func value(at t: Double) -> Value {
        if let e = exceptions.last(where: { t >= $0.from && t < $0.to }) { return e.value }
        return patternValue(at: t)
    }

    func patternValue(at t: Double) -> Value {
        var x = t
        if let period {
            x = (phase + t).truncatingRemainder(dividingBy: period)
            if x < 0 { x += period }
        }
        var value = pieces[0].value
        for p in pieces where p.from <= x { value = p.value }
        return value
    }

    /// The next time after `t` at which the pattern or an exception starts
    /// or ends (a candidate for a change), or nil if none ever comes.
    func nextBoundary(after t: Double) -> Double? {
        var next = Double.infinity
        for e in exceptions {
            if e.from > t { next = Swift.min(next, e.from) }
            if e.to > t { next = Swift.min(next, e.to) }
        }
        if let period {
            let x = phase + t
            let cycleStart = (x / period).rounded(.down) * period
            for p in pieces {
                var b = cycleStart + p.from - phase
                if b <= t { b += period }
                next = Swift.min(next, b)
            }
        } else {
            for p in pieces where p.from > t { next = Swift.min(next, p.from) }
        }
        return next.isFinite ? next : nil
    }

    /// The value at 0 and each change up to `end` (inclusive): a list of
    /// (time, value) whose first entry is at 0 and whose values differ from
    /// one entry to the next.
    public func changes(until end: Double) -> [(time: Double, value: Value)] {
        var result = [(time: 0.0, value: value(at: 0))]
        guard !isConstant else { return result }
        var t = 0.0
        while let b = nextBoundary(after: t), b <= end {
            let v = value(at: b)
            if v != result[result.count - 1].value { result.append((b, v)) }
            t = b
        }
        return result
    }

    /// The first change after `t`: when the value next differs from its value at `t`, and to what.
    public func nextChange(after t: Double) -> (time: Double, value: Value)? {
        guard !isConstant else { return nil }
        let current = value(at: t)
        var x = t
        // Bounded: a change comes within one period, or at an exception's end.
        var steps = 0
        while let b = nextBoundary(after: x) {
            let v = value(at: b)
            if v != current { return (b, v) }
            x = b
            steps += 1
            if steps > 4 * (pieces.count + 2 * exceptions.count + 2) && exceptions.allSatisfy({ $0.to <= x }) { return nil }
        }
        return nil
    }
}
