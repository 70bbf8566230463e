/// One rung of the ladder queue: `bucketCount` buckets of equal width from `start`.
///
/// Buckets up to and including `current` have been handed down (to a finer
/// rung or to the sorted bottom); events that map there go further down.
@usableFromInline
struct LadderRung {
    @usableFromInline var start: Double
    @usableFromInline var inverseWidth: Double
    @usableFromInline var bucketCount: Int
    @usableFromInline var current: Int

    @inlinable init(start: Double, end: Double, bucketCount: Int) {
        self.start = start
        self.inverseWidth = Double(bucketCount) / (end - start)
        self.bucketCount = bucketCount
        self.current = -1
    }

    /// The bucket `time` falls into, clamped to the rung. Non-decreasing in
    /// `time`, which is all the ladder's ordering relies on.
    @inlinable func bucket(of time: Double) -> Int {
        let x = (time - start) * inverseWidth
        if !(x > 0) { return 0 }  // also NaN, from a zero-width rung
        if x >= Double(bucketCount - 1) { return bucketCount - 1 }
        return Int(x)
    }
}
