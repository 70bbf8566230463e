import ModelKit

extension LuxuryChannelSpec {
    /// Each live show, from its start to a look's interval after the last look
    /// walks (at least a minute), and each warehouse outage.
    public func timeWindows(settings: RunSettings) -> [TimeWindow] {
        var windows: [TimeWindow] = []
        let clock = settings.clock
        for show in shows {
            let start = show.startTime(on: clock)
            let starts = show.walkTimes(on: clock)
            let lastGap = starts.count >= 2 ? starts[starts.count - 1] - starts[starts.count - 2] : 0
            let end = (starts.last ?? start) + lastGap
            windows.append(TimeWindow(label: shows.count > 1 ? "show \(show.name)" : "live show", kind: .highlight,
                                      start: start, end: max(end, start + 60)))
        }
        for warehouse in fulfilment?.warehouses ?? [] {
            for outage in warehouse.outages {
                guard let period = outage.period(on: clock) else { continue }
                windows.append(TimeWindow(label: "outage \(warehouse.name)", kind: .outage, start: period.from, end: period.to))
            }
        }
        return windows
    }
}
