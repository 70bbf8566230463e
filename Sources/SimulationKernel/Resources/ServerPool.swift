/// A pool of identical servers with one first-come-first-served waiting line:
/// the state of an M/M/c-like station. Customers are identified by an index
/// into the model's own customer table.
///
/// - Blocking: with a `capacity`, a customer who finds `capacity` customers
///   present (waiting plus in service) is turned away.
/// - Abandonment: the model tells the pool when a waiting customer gives up;
///   the line forgets them lazily, so giving up costs O(1).
/// - Shifts: `servers` may change at any time; a busy server who goes off
///   shift finishes the customer in hand first.
public struct ServerPool {
    /// Servers on shift now.
    @usableFromInline var _servers: Int
    @inlinable public var servers: Int { _servers }
    /// Servers serving a customer now.
    @usableFromInline var _busy: Int = 0
    @inlinable public var busy: Int { _busy }
    /// Customers waiting now (those who abandoned excluded).
    @usableFromInline var _waiting: Int = 0
    @inlinable public var waiting: Int { _waiting }
    /// Most customers allowed at the station (waiting plus in service), if limited.
    public let capacity: Int?

    @usableFromInline var line = FIFOQueue<Int32>()

    /// A pool of `servers` servers and an optional limit on customers present.
    public init(servers: Int, capacity: Int? = nil) {
        precondition(servers >= 0)
        self._servers = servers
        self.capacity = capacity
    }

    /// Customers present: waiting plus in service.
    @inlinable public var present: Int { waiting + busy }

    /// Whether an arriving customer may enter (capacity not reached).
    @inlinable public var admits: Bool {
        guard let capacity else { return true }
        return present < capacity
    }

    /// Whether a server is free for an arriving customer.
    @inlinable public var hasIdleServer: Bool { busy < servers }

    /// Puts an idle server to work.
    @inlinable public mutating func seize() {
        precondition(busy < servers)
        _busy += 1
    }

    /// Puts `customer` at the back of the line.
    @inlinable public mutating func enqueue(_ customer: Int32) {
        line.append(customer)
        _waiting += 1
    }

    /// Records that a waiting customer gave up; `next(stillWaiting:)` skips them later.
    @inlinable public mutating func abandon() {
        _waiting -= 1
    }

    /// A server finishes; returns the customer it takes next from the line, if any
    /// (the server then stays busy). `stillWaiting` tells which customers have
    /// not abandoned.
    @inlinable
    public mutating func release(stillWaiting: (Int32) -> Bool) -> Int32? {
        _busy -= 1
        return nextIfIdle(stillWaiting: stillWaiting)
    }

    /// Starts serving the first waiting customer if a server is idle.
    @inlinable
    public mutating func nextIfIdle(stillWaiting: (Int32) -> Bool) -> Int32? {
        guard busy < servers, waiting > 0 else { return nil }
        while let customer = line.popFirst() {
            if stillWaiting(customer) {
                _waiting -= 1
                _busy += 1
                return customer
            }
        }
        return nil
    }

    /// Changes the number of servers on shift.
    public mutating func setServers(_ n: Int) {
        precondition(n >= 0)
        _servers = n
    }
}
