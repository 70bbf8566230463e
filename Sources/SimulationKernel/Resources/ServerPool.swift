/// A pool of identical servers with one first-come-first-served waiting line:
/// the state of an M/M/c-like station (see `ServerCounts` for the rules). The
/// line holds the model's `Ticket`s (say, a customer index and a visit
/// number, so that a recycled index is never mistaken for the customer who
/// held it before).
public struct ServerPool<Ticket> {
    @usableFromInline var counts: ServerCounts
    @usableFromInline var line = FIFOQueue<Ticket>()

    /// A pool of `servers` servers and an optional limit on customers present.
    public init(servers: Int, capacity: Int? = nil) {
        counts = ServerCounts(servers: servers, capacity: capacity)
    }

    /// Servers on shift now.
    @inlinable public var servers: Int { counts.servers }
    /// Servers serving a customer now.
    @inlinable public var busy: Int { counts.busy }
    /// Customers waiting now (those who abandoned excluded).
    @inlinable public var waiting: Int { counts.waiting }
    /// Most customers allowed at the station, if limited.
    public var capacity: Int? { counts.capacity }
    /// Customers present: waiting plus in service.
    @inlinable public var present: Int { counts.present }
    /// Whether an arriving customer may enter (capacity not reached).
    @inlinable public var admits: Bool { counts.admits }
    /// Whether a server is free for an arriving customer.
    @inlinable public var hasIdleServer: Bool { counts.hasIdleServer }
    /// Whether a server is idle while customers wait.
    @inlinable public var canServeFromLine: Bool { counts.canServeFromLine }

    /// Puts an idle server to work.
    @inlinable public mutating func seize() { counts.seize() }

    /// Puts a customer's ticket at the back of the line.
    @inlinable public mutating func enqueue(_ ticket: Ticket) {
        line.append(ticket)
        counts.join()
    }

    /// Records that a waiting customer gave up; `popLine()` returns them later
    /// and the model skips them.
    @inlinable public mutating func abandon() { counts.abandon() }

    /// A server finishes its customer.
    @inlinable public mutating func release() { counts.release() }

    /// Removes the front of the line, which may be a customer who already
    /// abandoned: the model checks, and calls `serveFromLine()` for one who has not.
    @inlinable public mutating func popLine() -> Ticket? { line.popFirst() }

    /// The customer just taken from the line starts service.
    @inlinable public mutating func serveFromLine() { counts.serveFromLine() }

    /// A customer arrives: seizes an idle server if nobody is waiting (returns
    /// true: service starts now), otherwise joins the back of the line.
    @inlinable public mutating func admit(_ ticket: Ticket) -> Bool {
        if counts.arrive() { return true }
        line.append(ticket)
        return false
    }

    /// A server finishes and takes the next customer in line, for lines
    /// nobody abandons; returns that customer, whose service starts now.
    @inlinable public mutating func releaseAndTakeNext() -> Ticket? {
        counts.release()
        guard counts.canServeFromLine, let next = line.popFirst() else { return nil }
        counts.serveFromLine()
        return next
    }

    /// Changes the number of servers on shift.
    public mutating func setServers(_ n: Int) { counts.setServers(n) }
}
