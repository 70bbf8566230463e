import CSupport

extension EventCalendar {
    /// Fills the empty bottom with the earliest pending events: walks down the
    /// ladder to the next non-empty bucket, splitting crowded buckets into new
    /// rungs, and sorts the first small bucket it reaches.
    @inlinable
    mutating func refillBottom() {
        bottom.removeAll(keepingCapacity: true)
        bottomHead = 0
        while true {
            if rungs.isEmpty {
                guard topCount > 0 else { return }
                let list = top
                top = ChunkList()
                topCount = 0
                topStart = topMax
                topMin = .infinity
                topMax = -.infinity
                let (low, high) = drainIntoBottom(list)
                if bottom.count > Self.sortThreshold && low < high {
                    spawnRungFromBottom(low: low, high: high)
                    continue
                }
                sortBottom()
                return
            }
            let r = rungs.count - 1
            let offset = bucketHeads.count - rungs[r].bucketCount
            var index = rungs[r].current + 1
            while index < rungs[r].bucketCount && bucketHeads[offset + index].isEmpty {
                index += 1
            }
            if index == rungs[r].bucketCount {
                bucketHeads.removeLast(rungs[r].bucketCount)
                rungs.removeLast()
                continue
            }
            rungs[r].current = index
            let list = bucketHeads[offset + index]
            bucketHeads[offset + index] = ChunkList()
            prefetchNextBucket(after: offset + index, end: offset + rungs[r].bucketCount)
            let (low, high) = drainIntoBottom(list)
            if bottom.count > Self.sortThreshold && low < high && rungs.count < Self.maximumRungs {
                spawnRungFromBottom(low: low, high: high)
                continue
            }
            sortBottom()
            return
        }
    }

    /// Starts loading the first chunk of the next non-empty bucket (looking a
    /// few buckets ahead), so that it is in cache when its turn comes.
    @inlinable
    mutating func prefetchNextBucket(after slot: Int, end: Int) {
        var s = slot + 1
        let limit = min(end, slot + 9)
        while s < limit {
            let chunk = bucketHeads[s].chunk
            if chunk >= 0 {
                entries.withUnsafeBufferPointer { runway_prefetch($0.baseAddress! + Int(chunk) * Self.chunkSize) }
                return
            }
            s += 1
        }
    }

    /// Appends a chunk list's events to the (empty) bottom, unsorted, and frees
    /// its chunks; returns the earliest and latest time.
    @inlinable
    mutating func drainIntoBottom(_ list: ChunkList) -> (low: Double, high: Double) {
        var low = Double.infinity
        var high = -Double.infinity
        var chunk = list.chunk
        var fill = Int(list.fill)
        var tail = chunk
        while chunk >= 0 {
            let base = Int(chunk) * Self.chunkSize
            for k in 0..<fill {
                let entry = entries[base + k]
                if entry.time < low { low = entry.time }
                if entry.time > high { high = entry.time }
                bottom.append(entry)
            }
            tail = chunk
            chunk = chunkNext[Int(chunk)]
            fill = Self.chunkSize
        }
        if list.chunk >= 0 {
            chunkNext[Int(tail)] = freeChunk
            freeChunk = list.chunk
        }
        return (low, high)
    }

    /// Moves the pending part of the bottom into a new, deepest rung (they are
    /// the earliest events, so the rung goes below all others); false when
    /// they all fall at one time and cannot be spread.
    @inlinable
    mutating func spillBottomIntoRung() -> Bool {
        let low = bottom[bottomHead].time
        let high = bottom[bottom.count - 1].time
        guard low < high else { return false }
        bottom.removeFirst(bottomHead)
        bottomHead = 0
        spawnRungFromBottom(low: low, high: high)
        return true
    }

    /// Sorts the bottom earliest first: insertion sort for the usual handful of
    /// entries, the standard library's sort for large ties.
    @inlinable
    mutating func sortBottom() {
        let n = bottom.count
        guard n > 1 else { return }
        if n > 64 {
            bottom.sort { $1.isLater(than: $0) }
            return
        }
        bottom.withUnsafeMutableBufferPointer { b in
            for i in 1..<n {
                let entry = b[i]
                var j = i
                while j > 0 && b[j - 1].isLater(than: entry) {
                    b[j] = b[j - 1]
                    j -= 1
                }
                b[j] = entry
            }
        }
    }

    /// Spreads the events now in the bottom over a new, finer rung spanning
    /// [low, high], leaving the bottom empty.
    @inlinable
    mutating func spawnRungFromBottom(low: Double, high: Double) {
        let n = bottom.count
        let rung = LadderRung(start: low, end: high, bucketCount: max(2, n / Self.eventsPerBucket))
        let offset = bucketHeads.count
        bucketHeads.append(contentsOf: repeatElement(ChunkList(), count: rung.bucketCount))
        for i in 0..<n {
            let entry = bottom[i]
            let slot = offset + rung.bucket(of: entry.time)
            bucketHeads[slot] = push(entry, onto: bucketHeads[slot])
        }
        bottom.removeAll(keepingCapacity: true)
        rungs.append(rung)
    }
}
