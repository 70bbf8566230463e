/// When a station's staff changes over a run: daily shifts on the local clock,
/// with nobody on duty during outages.
enum StaffingPlan {
    /// (time, staff) from time 0 on, one entry per change; the first is at 0.
    static func changes(_ shifts: DailyShifts, outages: [Outage], horizon: Double, clockOffset: Double,
                        perWorker: Int = 1) -> [(time: Double, staff: Int)] {
        var candidates: [Double] = [0]
        let firstDay = ((clockOffset) / 86_400).rounded(.down)
        var day = firstDay
        while day * 86_400 - clockOffset < horizon {
            for s in shifts.starts {
                let t = day * 86_400 + s - clockOffset
                if t > 0 && t < horizon { candidates.append(t) }
            }
            day += 1
        }
        for o in outages {
            if o.from > 0 && o.from < horizon { candidates.append(o.from) }
            if o.to > 0 && o.to < horizon { candidates.append(o.to) }
        }
        candidates.sort()
        var result: [(time: Double, staff: Int)] = []
        for t in candidates {
            let closed = outages.contains { t >= $0.from && t < $0.to }
            let local = (clockOffset + t).truncatingRemainder(dividingBy: 86_400)
            let staff = closed ? 0 : shifts.workers(atTimeOfDay: local) * perWorker
            if result.last?.staff != staff || result.isEmpty { result.append((t, staff)) }
        }
        return result
    }
}
