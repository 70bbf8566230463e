/// A growable array of plain records that one simulation run owns outright:
/// reads and writes go straight through a pointer, with no reference
/// counting and no copy-on-write check, which is what a hot path needs.
/// It cannot be copied, so nothing else can see its memory.
public struct RecordBuffer<Element: BitwiseCopyable>: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<Element>
    @usableFromInline var capacity: Int
    @usableFromInline var _count = 0
    /// Number of records.
    @inlinable public var count: Int { _count }

    /// An empty buffer with room for `capacity` records before it grows.
    public init(capacity: Int = 16) {
        self.capacity = Swift.max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Whether there are no records.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Record `i`, which must be below `count`.
    @inlinable
    public subscript(i: Int) -> Element {
        unsafeAddress { UnsafePointer(base + i) }
        nonmutating unsafeMutableAddress { base + i }
    }

    /// Adds `element` at the end.
    @inlinable
    public mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        _count += 1
    }

    /// Removes and returns the last record.
    @inlinable
    public mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        _count -= 1
        return base[count]
    }

    @usableFromInline
    mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
