extension EventCalendar {
    /// The first broken invariant of the ladder, described, or nil when all
    /// hold: the bottom sorted from its head; every bucket's events inside
    /// its rung's span (the bucket their time maps to) and no events in
    /// buckets already handed down; the bottom no later than the deepest
    /// rung, each rung no later than the one above, the top later than every
    /// rung and the bottom; the count equal to the events in all lists.
    ///
    /// O(pending events): tests call it after every operation; builds with
    /// `-D RUNWAY_INTERNAL_CHECKS` check it on every schedule and take.
    public func invariantViolation() -> String? {
        var counted = bottom.count - bottomHead
        if bottomHead > bottom.count { return "bottom head \(bottomHead) past its end \(bottom.count)" }
        for i in Swift.max(bottomHead, 1)..<Swift.max(bottom.count, 1) where i > bottomHead {
            if bottom[i - 1].isLater(than: bottom[i]) { return "bottom out of order at \(i)" }
        }
        var earliestAbove = Double.infinity
        var topTimes = (min: Double.infinity, max: -Double.infinity)
        forEach(in: top) { e in
            topTimes.min = Swift.min(topTimes.min, e.time)
            topTimes.max = Swift.max(topTimes.max, e.time)
            counted += 1
        }
        if topCount != countEvents(in: top) { return "top count \(topCount) but \(countEvents(in: top)) events on top" }
        if topTimes.min < topStart { return "a top event at \(topTimes.min) before the top's start \(topStart)" }
        earliestAbove = topTimes.min
        // Rungs from the first (coarsest) to the deepest; the deepest holds the earliest.
        var offsets: [Int] = []
        var o = 0
        for rung in rungs {
            offsets.append(o)
            o += rung.bucketCount
        }
        if o != bucketHeads.count { return "bucket lists \(bucketHeads.count) but rungs have \(o) buckets" }
        for r in rungs.indices {
            let rung = rungs[r]
            var latest = -Double.infinity
            var earliest = Double.infinity
            for k in 0..<rung.bucketCount {
                let list = bucketHeads[offsets[r] + k]
                if k <= rung.current && !list.isEmpty { return "rung \(r) bucket \(k) holds events but was handed down" }
                var wrong: Double?
                forEach(in: list) { e in
                    if rung.bucket(of: e.time) != k { wrong = e.time }
                    latest = Swift.max(latest, e.time)
                    earliest = Swift.min(earliest, e.time)
                    counted += 1
                }
                if let wrong { return "rung \(r) bucket \(k) holds an event at \(wrong), outside its span" }
            }
            if latest > earliestAbove { return "rung \(r) holds an event at \(latest) later than one above it at \(earliestAbove)" }
            earliestAbove = Swift.min(earliestAbove, earliest)
        }
        if bottom.count > bottomHead, bottom[bottom.count - 1].time > earliestAbove {
            return "the bottom holds an event at \(bottom[bottom.count - 1].time), later than a rung's or the top's \(earliestAbove)"
        }
        if counted != count { return "count \(count) but \(counted) events in the lists" }
        return nil
    }

    func forEach(in list: ChunkList, _ body: (CalendarEntry<Event>) -> Void) {
        var chunk = list.chunk
        var fill = Int(list.fill)
        while chunk >= 0 {
            let base = Int(chunk) * Self.chunkSize
            for k in 0..<fill { body(entries[base + k]) }
            chunk = chunkNext[Int(chunk)]
            fill = Self.chunkSize
        }
    }

    func countEvents(in list: ChunkList) -> Int {
        var n = 0
        forEach(in: list) { _ in n += 1 }
        return n
    }
}
