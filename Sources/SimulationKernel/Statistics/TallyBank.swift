/// A fixed number of tallies in one block of memory, for hot paths that
/// record several observations per event: recording goes through a pointer,
/// with no reference counting and no copy-on-write check. `tally(_:)` gives a
/// `Tally` with the same statistics for reporting.
public struct TallyBank: ~Copyable {
    @usableFromInline let moments: UnsafeMutableBufferPointer<TallyMoments>
    @usableFromInline let zeros: UnsafeMutableBufferPointer<Int>
    /// `QuantileHistogram.bucketCount` counts per tally, laid end to end.
    @usableFromInline let buckets: UnsafeMutableBufferPointer<UInt32>

    /// `count` empty tallies.
    public init(count: Int) {
        moments = .allocate(capacity: count)
        moments.initialize(repeating: TallyMoments())
        zeros = .allocate(capacity: count)
        zeros.initialize(repeating: 0)
        buckets = .allocate(capacity: count * QuantileHistogram.bucketCount)
        buckets.initialize(repeating: 0)
    }

    deinit {
        moments.deallocate()
        zeros.deallocate()
        buckets.deallocate()
    }

    /// Number of tallies.
    public var count: Int { moments.count }

    /// Records observation `x` in tally `k`.
    @inlinable @inline(__always)
    public func record(_ x: Double, in k: Int) {
        moments[k].record(x)
        if x > 0 {
            buckets[k &* QuantileHistogram.bucketCount &+ QuantileHistogram.bucket(of: x)] &+= 1
        } else {
            zeros[k] += 1
        }
    }

    /// Forgets tally `k`'s observations (at the end of the warm-up).
    public func reset(_ k: Int) {
        moments[k] = TallyMoments()
        zeros[k] = 0
        let start = k * QuantileHistogram.bucketCount
        buckets[start..<start + QuantileHistogram.bucketCount].update(repeating: 0)
    }

    /// Tally `k` as a `Tally`, for reporting.
    public func tally(_ k: Int) -> Tally {
        let start = k * QuantileHistogram.bucketCount
        let counts = moments[k].count > zeros[k] ? Array(buckets[start..<start + QuantileHistogram.bucketCount]) : []
        return Tally(moments: moments[k], histogram: QuantileHistogram(zeros: zeros[k], total: moments[k].count, buckets: counts))
    }
}
