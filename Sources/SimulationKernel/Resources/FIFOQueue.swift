/// A first-in first-out ring buffer that allocates only when it grows past
/// its largest size so far.
public struct FIFOQueue<Element> {
    @usableFromInline var storage: ContiguousArray<Element?>
    @usableFromInline var head = 0
    @usableFromInline var _count: Int = 0
    /// Number of elements waiting.
    @inlinable public var count: Int { _count }

    /// An empty queue.
    public init() { storage = ContiguousArray(repeating: nil, count: 16) }

    /// Whether the queue is empty.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Adds `element` at the back.
    @inlinable
    public mutating func append(_ element: Element) {
        if count == storage.count { grow() }
        var slot = head + count
        if slot >= storage.count { slot -= storage.count }
        storage[slot] = element
        _count += 1
    }

    /// Removes and returns the front element.
    @inlinable
    public mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = storage[head]
        storage[head] = nil
        head += 1
        if head == storage.count { head = 0 }
        _count -= 1
        return element
    }

    /// The front element.
    @inlinable public var first: Element? { count > 0 ? storage[head] : nil }

    @usableFromInline
    mutating func grow() {
        var bigger = ContiguousArray<Element?>(repeating: nil, count: storage.count * 2)
        for i in 0..<count { bigger[i] = storage[(head + i) % storage.count] }
        storage = bigger
        head = 0
    }
}
