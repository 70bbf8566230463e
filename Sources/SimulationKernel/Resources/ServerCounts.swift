/// The counts of a pool of identical servers with one first-come-first-served
/// line: servers on shift, busy, customers waiting, and an optional limit on
/// customers present. Plain numbers, so a model can keep them in flat memory
/// and hold the line's tickets wherever suits it (`ServerPool` keeps both).
///
/// - Blocking: with a `capacity`, a customer who finds `capacity` customers
///   present (waiting plus in service) is turned away.
/// - Abandonment: `abandon()` counts a waiting customer out at once; the
///   line's storage forgets them lazily.
/// - Shifts: `servers` may change at any time; a busy server who goes off
///   shift finishes the customer in hand first.
public struct ServerCounts: Sendable, BitwiseCopyable {
    @usableFromInline var _servers: Int
    @usableFromInline var _busy: Int = 0
    @usableFromInline var _waiting: Int = 0
    /// Servers on shift now.
    @inlinable public var servers: Int { _servers }
    /// Servers serving a customer now.
    @inlinable public var busy: Int { _busy }
    /// Customers waiting now (those who abandoned excluded).
    @inlinable public var waiting: Int { _waiting }
    /// Most customers allowed at the station (waiting plus in service); `Int.max` when unlimited.
    @usableFromInline let limit: Int

    /// `servers` servers and an optional limit on customers present.
    public init(servers: Int, capacity: Int? = nil) {
        precondition(servers >= 0)
        self._servers = servers
        self.limit = capacity ?? .max
    }

    /// The limit on customers present, if any.
    public var capacity: Int? { limit == .max ? nil : limit }

    /// Customers present: waiting plus in service.
    @inlinable public var present: Int { waiting + busy }

    /// Whether an arriving customer may enter (capacity not reached).
    @inlinable public var admits: Bool { present < limit }

    /// Whether a server is free for an arriving customer.
    @inlinable public var hasIdleServer: Bool { busy < servers }

    /// Whether a server is idle while customers wait.
    @inlinable public var canServeFromLine: Bool { busy < servers && waiting > 0 }

    /// An arriving customer seizes an idle server if nobody waits (returns
    /// true: service starts now), or else is counted into the line.
    @inlinable public mutating func arrive() -> Bool {
        if busy < servers && waiting == 0 {
            _busy += 1
            return true
        }
        _waiting += 1
        return false
    }

    /// Puts an idle server to work.
    @inlinable public mutating func seize() {
        precondition(busy < servers)
        _busy += 1
    }

    /// Counts one more customer waiting.
    @inlinable public mutating func join() { _waiting += 1 }

    /// A waiting customer gives up.
    @inlinable public mutating func abandon() { _waiting -= 1 }

    /// A server finishes its customer.
    @inlinable public mutating func release() { _busy -= 1 }

    /// A waiting customer starts service.
    @inlinable public mutating func serveFromLine() {
        precondition(busy < servers && waiting > 0)
        _waiting -= 1
        _busy += 1
    }

    /// Changes the number of servers on shift.
    public mutating func setServers(_ n: Int) {
        precondition(n >= 0)
        _servers = n
    }
}
