import Foundation

/// A fixed-size histogram for quantiles of non-negative values: an exact
/// count of zeros, then buckets that split each power of two into 128 equal
/// parts (read straight from the value's exponent and top mantissa bits, no
/// logarithm), so a quantile is off by at most 1/128 ≈ 0.8% of its value,
/// and by about half that after interpolation. Values from 2⁻³² to 2³² have
/// their own buckets; smaller and larger ones go to the first or last.
/// Recording allocates nothing after the first observation.
public struct QuantileHistogram: Sendable {
    @usableFromInline static var subBuckets: Int { 128 }
    @usableFromInline static var lowestExponent: Int { -32 }
    @usableFromInline static var exponents: Int { 64 }
    @usableFromInline static var bucketCount: Int { exponents * subBuckets }

    @usableFromInline var zeros = 0
    @usableFromInline var total = 0
    @usableFromInline var buckets: [UInt32] = []

    /// An empty histogram.
    public init() {}

    /// A histogram from counts kept elsewhere (see `TallyBank`).
    init(zeros: Int, total: Int, buckets: [UInt32]) {
        self.zeros = zeros
        self.total = total
        self.buckets = buckets
    }

    @inlinable
    mutating func record(_ x: Double) {
        total += 1
        if !(x > 0) {
            zeros += 1
            return
        }
        if buckets.isEmpty { buckets = Array(repeating: 0, count: Self.bucketCount) }
        buckets[Self.bucket(of: x)] &+= 1
    }

    @inlinable static func bucket(of x: Double) -> Int {
        // Straight from the IEEE 754 bits of a positive double: biased
        // exponent above the mantissa's 52 bits, and its 7 top mantissa bits.
        let bits = x.bitPattern
        let e = Int(bits >> 52) - 1023 - lowestExponent
        if e < 0 { return 0 }
        if e >= exponents { return bucketCount - 1 }
        return e * subBuckets + Int((bits >> 45) & 127)
    }

    /// Lower bound of bucket `i`.
    static func lowerBound(_ i: Int) -> Double {
        let e = i / subBuckets + lowestExponent
        let fraction = 1 + Double(i % subBuckets) / Double(subBuckets)
        return fraction * pow(2, Double(e))
    }

    /// The p-quantile, interpolating linearly inside the bucket it falls in.
    func quantile(_ p: Double) -> Double {
        let rank = p * Double(total)
        if rank <= Double(zeros) { return 0 }
        var seen = Double(zeros)
        for (i, n) in buckets.enumerated() where n > 0 {
            let next = seen + Double(n)
            if next >= rank {
                let fraction = (rank - seen) / Double(n)
                let low = Self.lowerBound(i)
                return low + fraction * (Self.lowerBound(i + 1) - low)
            }
            seen = next
        }
        return Self.lowerBound(buckets.count)
    }
}
