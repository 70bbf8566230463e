import SimulationKernel

/// The customers in a network, indexed by a recycled slot number, so that
/// moving customers around allocates nothing once the table has grown to the
/// most customers present at once.
struct CustomerTable: ~Copyable {
    /// One customer's record.
    struct Customer {
        var networkArrival: Double
        var stationArrival: Double
        var station: Int32
        /// Bumped each time the customer joins a line, so stale patience timers are ignored.
        var visit: UInt32
        var inLine: Bool
    }

    private var records = RecordBuffer<Customer>(capacity: 64)
    private var free = RecordBuffer<Int32>(capacity: 64)

    subscript(c: Int32) -> Customer { records[Int(c)] }

    /// A slot for a customer entering the network at `now`.
    @inline(__always)
    mutating func admit(at now: Double) -> Int32 {
        if let slot = free.popLast() {
            records[Int(slot)].networkArrival = now
            return slot
        }
        records.append(Customer(networkArrival: now, stationArrival: now, station: 0, visit: 0, inLine: false))
        return Int32(records.count - 1)
    }

    func enter(_ c: Int32, station s: Int, at now: Double) {
        records[Int(c)].station = Int32(s)
        records[Int(c)].stationArrival = now
    }

    /// Marks the customer as waiting; returns the visit number for its patience timer.
    func joinLine(_ c: Int32) -> UInt32 {
        records[Int(c)].visit &+= 1
        records[Int(c)].inLine = true
        return records[Int(c)].visit
    }

    func leaveLine(_ c: Int32) { records[Int(c)].inLine = false }

    func isWaiting(_ c: Int32, visit v: UInt32) -> Bool {
        records[Int(c)].inLine && records[Int(c)].visit == v
    }

    mutating func release(_ c: Int32) {
        records[Int(c)].inLine = false
        free.append(c)
    }
}

/// A place in a station's line: the customer's slot and the visit it joined on.
struct LineTicket {
    let customer: Int32
    let visit: UInt32
}
