import SimulationKernel

extension LuxurySimulation {
    /// Starts recording every series in buckets of `width` seconds up to the end of the run.
    mutating func recordSeries(width: Double) {
        let f = spec.fulfilment
        series = LuxurySeries(width: width, horizon: end, carriers: f?.carriers.count ?? 0, warehouses: f?.warehouses.count ?? 0)
        if let care = spec.care, careDesk != nil {
            careDesk!.slots.series = PoolSeries(width: width, end: end, servers: careDesk!.slots.pool.servers,
                                                staffPerServer: 1 / Double(care.concurrency), target: care.serviceLevelTarget)
        }
        if let f, floor != nil {
            for (w, warehouse) in f.warehouses.enumerated() {
                floor!.pickers[w].series = PoolSeries(width: width, end: end, servers: floor!.pickers[w].pool.servers,
                                                      staffPerServer: 1, target: warehouse.pick.serviceLevelTarget)
                floor!.packers[w].series = PoolSeries(width: width, end: end, servers: floor!.packers[w].pool.servers,
                                                      staffPerServer: 1, target: warehouse.pack.serviceLevelTarget)
            }
        }
        noteStock(at: 0)
    }

    /// Every series, closed at the end of the run, in catalogue order: the
    /// channel's, then the care desk's, then each warehouse's pick and pack stations'.
    mutating func finishedSeries() -> [Observations.Series] {
        var all = series!.finished(at: end, spec: spec)
        if careDesk?.slots.series != nil { all += careDesk!.slots.series!.finished(prefix: "care", at: end, abandons: true, served: "answered") }
        if let f = spec.fulfilment {
            for (w, warehouse) in f.warehouses.enumerated() {
                all += floor!.pickers[w].series!.finished(prefix: "warehouse.\(warehouse.name).pick", at: end, abandons: false)
                all += floor!.packers[w].series!.finished(prefix: "warehouse.\(warehouse.name).pack", at: end, abandons: false)
            }
        }
        return all
    }

    /// The horizon passes: demand has stopped; each staffed station's utilisation over [0, horizon] is read.
    mutating func reachHorizon(at now: Double) {
        if floor != nil {
            for s in floor!.stations { floor![s].noteHorizon(now) }
        }
        careDesk?.slots.noteHorizon(now)
    }
}
