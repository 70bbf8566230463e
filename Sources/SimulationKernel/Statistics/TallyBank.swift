/// A fixed number of tallies in one block of memory, for hot paths that
/// record several observations per event: recording goes through a pointer,
/// with no reference counting and no copy-on-write check. `tally(_:)` gives a
/// `Tally` with the same statistics for reporting.
public struct TallyBank: ~Copyable {
    @usableFromInline let moments: UnsafeMutableBufferPointer<TallyMoments>
    /// Per tally, a count of observations ≤ 0 and then
    /// `QuantileHistogram.bucketCount` bucket counts, laid end to end.
    @usableFromInline let counts: UnsafeMutableBufferPointer<UInt32>
    @usableFromInline static var stride: Int { QuantileHistogram.bucketCount + 1 }

    /// `count` empty tallies.
    public init(count: Int) {
        moments = .allocate(capacity: count)
        moments.initialize(repeating: TallyMoments())
        counts = .allocate(capacity: count * Self.stride)
        counts.initialize(repeating: 0)
    }

    deinit {
        moments.deallocate()
        counts.deallocate()
    }

    /// Number of tallies.
    public var count: Int { moments.count }

    /// Records observation `x` in tally `k`.
    @inlinable @inline(__always)
    public func record(_ x: Double, in k: Int) {
        moments[k].record(x)
        // A select rather than a branch: whether a wait is zero is a coin toss.
        let slot = x > 0 ? 1 &+ QuantileHistogram.bucket(of: x) : 0
        counts[k &* Self.stride &+ slot] &+= 1
    }

    /// Observations of tally `k` that were 0 (or below).
    public func zeroCount(_ k: Int) -> Int { Int(counts[k * Self.stride]) }

    /// Forgets tally `k`'s observations (at the end of the warm-up).
    public func reset(_ k: Int) {
        moments[k] = TallyMoments()
        counts[k * Self.stride..<(k + 1) * Self.stride].update(repeating: 0)
    }

    /// Tally `k` as a `Tally`, for reporting.
    public func tally(_ k: Int) -> Tally {
        let start = k * Self.stride
        let zeros = Int(counts[start])
        let buckets = moments[k].count > zeros ? Array(counts[start + 1..<start + Self.stride]) : []
        return Tally(moments: moments[k], histogram: QuantileHistogram(zeros: zeros, total: moments[k].count, buckets: buckets))
    }
}
