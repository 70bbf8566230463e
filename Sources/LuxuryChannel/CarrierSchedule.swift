import SimulationKernel

/// The carriers' trucks over a replication: when each leaves (its cut-offs
/// on the local clock), how many parcels each has taken, and the first that
/// may still have room.
struct CarrierSchedule {
    /// Departure times of each carrier's trucks, seconds, increasing.
    private(set) var departures: [[Double]] = []
    /// Parcels loaded on each truck.
    private var loaded: [[Int]] = []
    /// Index of each carrier's first truck that may still take a parcel: not
    /// yet gone (parcels are ready in time order) and not full.
    private var firstOpen: [Int] = []
    /// Parcels one truck of each carrier takes.
    private let capacity: [Int]

    /// The trucks of `carriers` leaving at their cut-offs on `clock` from 0 to `end`.
    init(_ carriers: [Carrier], clock: LocalClock, until end: Double) {
        capacity = carriers.map(\.truckCapacity)
        for carrier in carriers {
            let times = clock.times(atTimesOfDay: carrier.cutoffs, from: 0, until: end)
            departures.append(times)
            loaded.append(Array(repeating: 0, count: times.count))
            firstOpen.append(0)
        }
    }

    /// Loads a parcel ready at `now` on the first truck of carrier `c` that
    /// leaves at or after `now` with room; returns its departure, or nil if
    /// no such truck leaves before the end.
    mutating func load(carrier c: Int, readyAt now: Double) -> Double? {
        let times = departures[c]
        var k = firstOpen[c]
        while k < times.count && (times[k] < now || loaded[c][k] >= capacity[c]) { k += 1 }
        firstOpen[c] = k
        guard k < times.count else { return nil }
        loaded[c][k] += 1
        return times[k]
    }

    /// The first departure of carrier `c` at or after `t`, if any before the end.
    func firstDeparture(of c: Int, onOrAfter t: Double) -> Double? {
        let times = departures[c]
        var low = 0
        var high = times.count
        while low < high {
            let mid = (low + high) / 2
            if times[mid] < t { low = mid + 1 } else { high = mid }
        }
        return low < times.count ? times[low] : nil
    }
}
