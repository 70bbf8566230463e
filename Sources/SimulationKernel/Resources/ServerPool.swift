/// A pool of identical servers with one first-come-first-served waiting line:
/// the state of an M/M/c-like station. The line holds the model's `Ticket`s
/// (say, a customer index and a visit number, so that a recycled index is
/// never mistaken for the customer who held it before).
///
/// - Blocking: with a `capacity`, a customer who finds `capacity` customers
///   present (waiting plus in service) is turned away.
/// - Abandonment: the model tells the pool when a waiting customer gives up;
///   the line forgets them lazily (the model skips them in `popLine()`), so
///   giving up costs O(1).
/// - Shifts: `servers` may change at any time; a busy server who goes off
///   shift finishes the customer in hand first.
public struct ServerPool<Ticket> {
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

    @usableFromInline var line = FIFOQueue<Ticket>()

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

    /// Puts a customer's ticket at the back of the line.
    @inlinable public mutating func enqueue(_ ticket: Ticket) {
        line.append(ticket)
        _waiting += 1
    }

    /// Records that a waiting customer gave up; `next(stillWaiting:)` skips them later.
    @inlinable public mutating func abandon() {
        _waiting -= 1
    }

    /// A server finishes its customer.
    @inlinable public mutating func release() {
        _busy -= 1
    }

    /// Whether a server is idle while customers wait.
    @inlinable public var canServeFromLine: Bool { _busy < _servers && _waiting > 0 }

    /// Removes the front of the line, which may be a customer who already
    /// abandoned: the model checks, and calls `serveFromLine()` for one who has not.
    @inlinable public mutating func popLine() -> Ticket? {
        line.popFirst()
    }

    /// The customer just taken from the line starts service.
    @inlinable public mutating func serveFromLine() {
        precondition(_busy < _servers && _waiting > 0)
        _waiting -= 1
        _busy += 1
    }

    /// A customer arrives: seizes an idle server if nobody is waiting (returns
    /// true: service starts now), otherwise joins the back of the line.
    @inlinable public mutating func admit(_ ticket: Ticket) -> Bool {
        if _busy < _servers && _waiting == 0 {
            _busy += 1
            return true
        }
        enqueue(ticket)
        return false
    }

    /// A server finishes and takes the next customer in line, for lines
    /// nobody abandons; returns that customer, whose service starts now.
    @inlinable public mutating func releaseAndTakeNext() -> Ticket? {
        release()
        guard canServeFromLine, let next = popLine() else { return nil }
        serveFromLine()
        return next
    }

    /// Changes the number of servers on shift.
    public mutating func setServers(_ n: Int) {
        precondition(n >= 0)
        _servers = n
    }
}
