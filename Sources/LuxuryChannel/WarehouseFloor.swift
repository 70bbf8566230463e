import SimulationKernel

/// The warehouses' floors during a replication: each warehouse's pick and
/// pack stations, which warehouse holds each brand, the orders waiting for
/// the next wave, and the backlog of paid orders not yet shipped.
struct WarehouseFloor {
    /// Pickers of each warehouse (they also receive returns).
    var pickers: [StaffedStation<FloorWork>] = []
    /// Packers of each warehouse.
    var packers: [StaffedStation<FloorWork>] = []
    /// Warehouse of each channel brand.
    var brandWarehouse: [Int16] = []
    /// Paid orders waiting for the next wave, per warehouse.
    var awaitingWave: [[Int32]] = []
    /// Paid orders not yet shipped.
    var backlog = TimeWeightedLevel()
    /// Orders of each warehouse at each stage of the floor (see `FloorStage`).
    var stages: [[Int]] = []

    /// The floors of `fulfilment`'s warehouses, staffed on `clock` until `end`;
    /// brands spread over the warehouses by their shares.
    init(_ fulfilment: Fulfilment, channelBrands: Int, clock: LocalClock, until end: Double) {
        for w in fulfilment.warehouses {
            pickers.append(StaffedStation(schedule: w.pick.staff(clock: clock, outages: w.outages), until: end))
            packers.append(StaffedStation(schedule: w.pack.staff(clock: clock, outages: w.outages), until: end))
        }
        var cumulative: [Double] = []
        var running = 0.0
        for w in fulfilment.warehouses { running += w.brandShare; cumulative.append(running) }
        let brands = max(1, channelBrands)
        brandWarehouse = (0..<brands).map { b in
            let position = (Double(b) + 0.5) / Double(brands)
            return Int16(cumulative.firstIndex { position < $0 } ?? (cumulative.count - 1))
        }
        awaitingWave = fulfilment.warehouses.map { _ in [] }
        stages = fulfilment.warehouses.map { _ in Array(repeating: 0, count: FloorStage.allCases.count) }
    }

    /// Every station, pick then pack for each warehouse in order.
    var stations: [FloorStation] {
        pickers.indices.flatMap { w in [FloorStation(warehouse: Int16(w), step: .pick), FloorStation(warehouse: Int16(w), step: .pack)] }
    }

    /// The station `s`.
    subscript(s: FloorStation) -> StaffedStation<FloorWork> {
        // `_read`, not `get`: a getter returned the whole station (pool, levels, series) by copy.
        _read {
            if s.step == .pick { yield pickers[Int(s.warehouse)] } else { yield packers[Int(s.warehouse)] }
        }
        _modify {
            if s.step == .pick { yield &pickers[Int(s.warehouse)] } else { yield &packers[Int(s.warehouse)] }
        }
    }
}

/// Where a paid, unshipped order is on its warehouse's floor.
enum FloorStage: Int, CaseIterable {
    /// Waiting for a wave or a picker, or being picked.
    case toPick
    /// Picked, waiting for a packer or being packed.
    case toPack
    /// Packed, waiting for its truck.
    case packed
}
