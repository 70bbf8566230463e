import CSupport

extension EventCalendar {
    /// Fills the empty bottom with the earliest pending events: walks down the
    /// ladder to the next non-empty bucket, splitting crowded buckets into new
    /// rungs, and sorts the first small bucket it reaches.
    @usableFromInline
    mutating func refillBottom() {
        while true {
            if rungs.isEmpty {
                guard topCount > 0 else { return }
                let head = topHead
                let (n, low, high) = (topCount, topMin, topMax)
                topHead = CalendarNode<Event>.none
                topCount = 0
                topMin = .infinity
                topMax = -.infinity
                topStart = high
                if n <= Self.sortThreshold || low == high {
                    _ = takeIntoBottom(list: head, splittable: false)
                    return
                }
                spawnRung(list: head, count: n, low: low, high: high)
                continue
            }
            let r = rungs.count - 1
            let offset = bucketHeads.count - rungs[r].bucketCount
            var index = rungs[r].current + 1
            while index < rungs[r].bucketCount && bucketHeads[offset + index] == CalendarNode<Event>.none {
                index += 1
            }
            if index == rungs[r].bucketCount {
                bucketHeads.removeLast(rungs[r].bucketCount)
                rungs.removeLast()
                continue
            }
            rungs[r].current = index
            let head = bucketHeads[offset + index]
            bucketHeads[offset + index] = CalendarNode<Event>.none
            prefetchNextBucket(after: offset + index, end: offset + rungs[r].bucketCount)
            let (n, low, high) = takeIntoBottom(list: head, splittable: rungs.count < Self.maximumRungs)
            if bottom.isEmpty {
                spawnRung(list: head, count: n, low: low, high: high)
                continue
            }
            return
        }
    }

    /// Starts loading the first event of the next non-empty bucket (looking a
    /// few buckets ahead): at 10⁶ pending events, waiting for that memory is
    /// most of the cost of taking an event.
    @inlinable
    func prefetchNextBucket(after slot: Int, end: Int) {
        var s = slot + 1
        let limit = min(end, slot + 9)
        while s < limit {
            let head = bucketHeads[s]
            if head != CalendarNode<Event>.none {
                nodes.withUnsafeBufferPointer { runway_prefetch($0.baseAddress! + Int(head)) }
                return
            }
            s += 1
        }
    }

    /// Copies a bucket list into the empty bottom, sorted, and frees its nodes —
    /// unless it is `splittable` and too crowded, in which case the bottom is
    /// left empty and the list intact for a new rung. One walk of the list.
    @usableFromInline
    mutating func takeIntoBottom(list head: Int32, splittable: Bool) -> (count: Int, low: Double, high: Double) {
        var low = Double.infinity
        var high = -Double.infinity
        var node = head
        var tail = head
        while node != CalendarNode<Event>.none {
            let i = Int(node)
            let entry = CalendarEntry(time: nodes[i].time, sequence: nodes[i].sequence, event: nodes[i].event)
            if entry.time < low { low = entry.time }
            if entry.time > high { high = entry.time }
            bottom.append(entry)
            tail = node
            node = nodes[i].next
        }
        let n = bottom.count
        if splittable && n > Self.sortThreshold && low < high {
            bottom.removeAll(keepingCapacity: true)
            return (n, low, high)
        }
        if head != CalendarNode<Event>.none {
            nodes[Int(tail)].next = freeNode
            freeNode = head
        }
        sortBottom()
        return (n, low, high)
    }

    /// Sorts the bottom latest first: insertion sort for the usual handful of
    /// entries, the standard library's sort for large ties.
    @usableFromInline
    mutating func sortBottom() {
        let n = bottom.count
        guard n > 1 else { return }
        if n > 64 {
            bottom.sort { $0.isLater(than: $1) }
            return
        }
        bottom.withUnsafeMutableBufferPointer { b in
            for i in 1..<n {
                let entry = b[i]
                var j = i
                while j > 0 && entry.isLater(than: b[j - 1]) {
                    b[j] = b[j - 1]
                    j -= 1
                }
                b[j] = entry
            }
        }
    }

    /// Spreads a list of `count` events over a new, finer rung spanning [low, high].
    @usableFromInline
    mutating func spawnRung(list head: Int32, count n: Int, low: Double, high: Double) {
        let rung = LadderRung(start: low, end: high, bucketCount: max(2, n))
        let offset = bucketHeads.count
        bucketHeads.append(contentsOf: repeatElement(CalendarNode<Event>.none, count: rung.bucketCount))
        var node = head
        while node != CalendarNode<Event>.none {
            let i = Int(node)
            let next = nodes[i].next
            let slot = offset + rung.bucket(of: nodes[i].time)
            nodes[i].next = bucketHeads[slot]
            bucketHeads[slot] = node
            node = next
        }
        rungs.append(rung)
    }
}
