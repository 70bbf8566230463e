/// The customers in a network, in parallel arrays indexed by a recycled
/// slot number, so that moving customers around allocates nothing once the
/// table has grown to the most customers present at once.
struct CustomerTable {
    var networkArrival: [Double] = []
    var stationArrival: [Double] = []
    var station: [Int32] = []
    /// Bumped each time the customer joins a line, so stale patience timers are ignored.
    var visit: [UInt32] = []
    var inLine: [Bool] = []
    private var free: [Int32] = []

    /// A slot for a customer entering the network at `now`.
    mutating func admit(at now: Double) -> Int32 {
        if let slot = free.popLast() {
            networkArrival[Int(slot)] = now
            return slot
        }
        networkArrival.append(now)
        stationArrival.append(now)
        station.append(0)
        visit.append(0)
        inLine.append(false)
        return Int32(networkArrival.count - 1)
    }

    mutating func enter(_ c: Int32, station s: Int, at now: Double) {
        station[Int(c)] = Int32(s)
        stationArrival[Int(c)] = now
    }

    /// Marks the customer as waiting; returns the visit number for its patience timer.
    mutating func joinLine(_ c: Int32) -> UInt32 {
        visit[Int(c)] &+= 1
        inLine[Int(c)] = true
        return visit[Int(c)]
    }

    mutating func leaveLine(_ c: Int32) { inLine[Int(c)] = false }

    func isWaiting(_ c: Int32, visit v: UInt32) -> Bool { inLine[Int(c)] && visit[Int(c)] == v }

    mutating func release(_ c: Int32) {
        inLine[Int(c)] = false
        free.append(c)
    }
}

/// A place in a station's line: the customer's slot and the visit it joined on.
struct LineTicket {
    let customer: Int32
    let visit: UInt32
}
