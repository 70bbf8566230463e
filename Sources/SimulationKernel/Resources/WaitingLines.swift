/// Several first-in-first-out lines of plain tickets, one per station, each a
/// ring buffer that grows only past its longest length so far. Owned by one
/// simulation run (it cannot be copied), so appending and taking go straight
/// through pointers, with no reference counting and no copy-on-write check.
public struct WaitingLines<Ticket: BitwiseCopyable>: ~Copyable {
    @usableFromInline struct Ring {
        @usableFromInline var slots: UnsafeMutablePointer<Ticket>
        /// A power of two, so that wrapping is a mask.
        @usableFromInline var capacity: Int
        @usableFromInline var head = 0
        @usableFromInline var count = 0
    }

    @usableFromInline let rings: UnsafeMutableBufferPointer<Ring>

    /// `lines` empty lines.
    public init(lines: Int) {
        rings = .allocate(capacity: lines)
        for i in 0..<lines {
            (rings.baseAddress! + i).initialize(to: Ring(slots: .allocate(capacity: 16), capacity: 16))
        }
    }

    deinit {
        for ring in rings { ring.slots.deallocate() }
        rings.deallocate()
    }

    /// Tickets in line `line`.
    @inlinable public func count(of line: Int) -> Int { rings[line].count }

    /// Puts `ticket` at the back of line `line`.
    @inlinable @inline(__always)
    public func append(_ ticket: Ticket, to line: Int) {
        if rings[line].count == rings[line].capacity { grow(line) }
        let ring = rings[line]
        (ring.slots + ((ring.head &+ ring.count) & (ring.capacity &- 1))).initialize(to: ticket)
        rings[line].count = ring.count &+ 1
    }

    /// Removes and returns the front of line `line`.
    @inlinable @inline(__always)
    public func popFirst(from line: Int) -> Ticket? {
        let ring = rings[line]
        guard ring.count > 0 else { return nil }
        rings[line].head = (ring.head &+ 1) & (ring.capacity &- 1)
        rings[line].count = ring.count &- 1
        return ring.slots[ring.head]
    }

    /// Calls `body` with each ticket in line `line`, front first (reporting; not a hot path).
    public func forEach(in line: Int, _ body: (Ticket) -> Void) {
        let ring = rings[line]
        for i in 0..<ring.count { body(ring.slots[(ring.head + i) & (ring.capacity - 1)]) }
    }

    @usableFromInline
    func grow(_ line: Int) {
        let ring = rings[line]
        let bigger = UnsafeMutablePointer<Ticket>.allocate(capacity: ring.capacity * 2)
        for i in 0..<ring.count {
            (bigger + i).initialize(to: ring.slots[(ring.head + i) & (ring.capacity - 1)])
        }
        ring.slots.deallocate()
        rings[line] = Ring(slots: bigger, capacity: ring.capacity * 2, head: 0, count: ring.count)
    }
}
