import SimulationKernel

/// The luxury model's time series: orders placed and units sold per bucket,
/// and the live audience's time-average per bucket.
struct LuxurySeries {
    var orders: TimeSeries
    var sold: TimeSeries
    var viewers: LevelSeries
    var backlog: LevelSeries
    var stock: LevelSeries
    var careQueue: LevelSeries

    init(width: Double, horizon: Double) {
        let buckets = Int((horizon / width).rounded(.up))
        orders = TimeSeries(start: 0, width: width, buckets: buckets)
        sold = TimeSeries(start: 0, width: width, buckets: buckets)
        viewers = LevelSeries(start: 0, width: width, buckets: buckets)
        backlog = LevelSeries(start: 0, width: width, buckets: buckets)
        stock = LevelSeries(start: 0, width: width, buckets: buckets)
        careQueue = LevelSeries(start: 0, width: width, buckets: buckets)
    }

    mutating func finished(at horizon: Double) -> [Observations.Series] {
        viewers.finish(at: horizon)
        backlog.finish(at: horizon)
        stock.finish(at: horizon)
        careQueue.finish(at: horizon)
        return [
            Observations.Series("stock.available", stock.series),
            Observations.Series("care.queue", careQueue.series),
            Observations.Series("warehouse.backlog", backlog.series),
            Observations.Series("orders.placed", orders),
            Observations.Series("units.sold", sold),
            Observations.Series("show.concurrent", viewers.series),
        ]
    }
}
