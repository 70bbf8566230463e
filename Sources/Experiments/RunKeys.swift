/// The runs of a plan (or of one shard of it) in output order — variant by
/// variant, replication by replication — computed from their position, so
/// that no list of them is ever made.
public struct RunKeys: RandomAccessCollection, Sendable, Equatable {
    /// Variants in the plan.
    public let variants: Int
    /// Replications of each variant.
    public let replications: Int
    /// This slice takes every `stride`-th run of the plan from `offset`.
    let offset: Int
    let stride: Int

    /// Every run of `variants` × `replications`.
    public init(variants: Int, replications: Int) {
        self.init(variants: variants, replications: replications, shard: 0, of: 1)
    }

    /// Slice `shard` of `count`: runs `shard`, `shard + count`, `shard + 2·count`, … of the plan.
    public init(variants: Int, replications: Int, shard: Int, of count: Int) {
        precondition(count >= 1 && shard >= 0 && shard < count && variants >= 0 && replications >= 0)
        self.variants = variants
        self.replications = replications
        offset = shard
        stride = count
    }

    /// Runs in the whole plan.
    var planned: Int { variants.multipliedReportingOverflow(by: replications).overflow ? Int.max : variants * replications }

    /// The first position, 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of runs in this slice.
    public var endIndex: Int { planned > offset ? (planned - offset + stride - 1) / stride : 0 }

    /// The run at `position` (0 ≤ position < `endIndex`; traps otherwise).
    public subscript(position: Int) -> RunKey {
        precondition(position >= 0 && position < endIndex, "run index out of range")
        let n = offset + position * stride
        return RunKey(variant: n / replications, replication: n % replications)
    }

    /// Where `key` sits in the whole plan's order.
    public func planIndex(of key: RunKey) -> Int { key.variant * replications + key.replication }

    /// Whether this slice holds `key`.
    public func holds(_ key: RunKey) -> Bool {
        key.variant >= 0 && key.variant < variants && key.replication >= 0 && key.replication < replications
            && planIndex(of: key) % stride == offset
    }
}
