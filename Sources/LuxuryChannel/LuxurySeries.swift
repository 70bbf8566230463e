import SimulationKernel

/// The luxury model's time series (with `outputs.timeseries`): counts per
/// bucket of orders placed, payments, units sold, orders shipped per carrier
/// and returns arriving; time-averages per bucket of the live audience,
/// stock free and held, the backlog (all, and per warehouse by stage) and the
/// care queue. The care desk's and floor stations' own figures are in their
/// `StaffedStation.series`.
struct LuxurySeries {
    var orders: TimeSeries
    var sold: TimeSeries
    var payments: TimeSeries
    var returns: TimeSeries
    /// Orders whose truck left in the bucket, per carrier (trucks leave at cut-offs).
    var shipped: [TimeSeries]
    var viewers: LevelSeries
    var backlog: LevelSeries
    var stock: LevelSeries
    var held: LevelSeries
    var careQueue: LevelSeries
    /// Per warehouse, orders at each `FloorStage`.
    var floor: [[LevelSeries]]

    init(width: Double, horizon: Double, carriers: Int, warehouses: Int) {
        let buckets = Int((horizon / width).rounded(.up))
        func counts() -> TimeSeries { TimeSeries(start: 0, width: width, buckets: buckets) }
        func level() -> LevelSeries { LevelSeries(start: 0, width: width, buckets: buckets) }
        orders = counts()
        sold = counts()
        payments = counts()
        returns = counts()
        shipped = (0..<carriers).map { _ in counts() }
        viewers = level()
        backlog = level()
        stock = level()
        held = level()
        careQueue = level()
        floor = (0..<warehouses).map { _ in FloorStage.allCases.map { _ in level() } }
    }

    /// The series under their names, in catalogue order, after closing the levels at `end`.
    mutating func finished(at end: Double, spec: LuxuryChannelSpec) -> [Observations.Series] {
        viewers.finish(at: end)
        backlog.finish(at: end)
        stock.finish(at: end)
        held.finish(at: end)
        careQueue.finish(at: end)
        var series = [
            Observations.Series("stock.available", stock.series),
            Observations.Series("stock.held", held.series),
            Observations.Series("care.queue", careQueue.series),
            Observations.Series("warehouse.backlog", backlog.series),
            Observations.Series("orders.placed", orders),
            Observations.Series("checkout.payments", payments),
            Observations.Series("units.sold", sold),
            Observations.Series("show.concurrent", viewers.series),
        ]
        if let f = spec.fulfilment {
            for (k, carrier) in f.carriers.enumerated() {
                series.append(Observations.Series("orders.shipped.\(carrier.name)", shipped[k]))
            }
            for (w, warehouse) in f.warehouses.enumerated() {
                for stage in FloorStage.allCases {
                    floor[w][stage.rawValue].finish(at: end)
                    series.append(Observations.Series("warehouse.\(warehouse.name).\(stage.seriesName)", floor[w][stage.rawValue].series))
                }
            }
        }
        if spec.returns != nil { series.append(Observations.Series("returns.arrived", returns)) }
        return series
    }
}

extension FloorStage {
    /// The stage's name in `warehouse.<name>.<stage>`.
    var seriesName: String {
        switch self {
        case .toPick: return "to_pick"
        case .toPack: return "to_pack"
        case .packed: return "packed_waiting"
        }
    }
}
