import ModelKit

extension LuxuryChannelSpec {
    /// Each live show, from its start to a look's interval after the last look
    /// walks (at least a minute), and each warehouse outage.
    public func timeWindows(settings: RunSettings) -> [TimeWindow] {
        var windows: [TimeWindow] = []
        for show in shows {
            let starts = show.looks.map(\.start)
            let lastGap = starts.count >= 2 ? starts[starts.count - 1] - starts[starts.count - 2] : 0
            let end = (starts.last ?? show.start) + lastGap
            windows.append(TimeWindow(label: shows.count > 1 ? "show \(show.name)" : "live show", kind: .highlight,
                                      start: show.start, end: max(end, show.start + 60)))
        }
        for warehouse in fulfilment?.warehouses ?? [] {
            for outage in warehouse.outages {
                windows.append(TimeWindow(label: "outage \(warehouse.name)", kind: .outage, start: outage.from, end: outage.to))
            }
        }
        return windows
    }
}
