import Foundation

/// A fixed-size histogram for quantiles of non-negative values: an exact
/// count of zeros, then buckets whose bounds grow by 1/128 of their value
/// from 10⁻⁶ to about 10¹¹, so a quantile is off by at most 0.4%. Values
/// outside that range go to the first or last bucket. Recording allocates
/// nothing after the first observation.
public struct QuantileHistogram: Sendable {
    @usableFromInline static var lowest: Double { 1e-6 }
    @usableFromInline static var bucketsPerUnitLog: Double { 1 / log1p(1.0 / 128) }
    @usableFromInline static var bucketCount: Int { 5000 }

    @usableFromInline var zeros = 0
    @usableFromInline var total = 0
    @usableFromInline var buckets: [UInt32] = []

    public init() {}

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
        let position = log(x / lowest) * bucketsPerUnitLog
        if !(position > 0) { return 0 }
        if position >= Double(bucketCount - 1) { return bucketCount - 1 }
        return Int(position)
    }

    /// Lower bound of bucket `i`.
    static func lowerBound(_ i: Int) -> Double { lowest * exp(Double(i) / bucketsPerUnitLog) }

    /// The p-quantile, interpolating geometrically inside the bucket it falls in.
    func quantile(_ p: Double) -> Double {
        let rank = p * Double(total)
        if rank <= Double(zeros) { return 0 }
        var seen = Double(zeros)
        for (i, n) in buckets.enumerated() where n > 0 {
            let next = seen + Double(n)
            if next >= rank {
                let fraction = (rank - seen) / Double(n)
                let low = Self.lowerBound(i)
                return low * exp(fraction / Self.bucketsPerUnitLog)
            }
            seen = next
        }
        return Self.lowerBound(buckets.count)
    }
}
