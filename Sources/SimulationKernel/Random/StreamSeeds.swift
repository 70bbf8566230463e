/// Derives the seed of every random stream from (experiment seed, replication, stream name).
///
/// The same purpose draws the same numbers in every scenario of a
/// replication — common random numbers — because its seed ignores the
/// scenario. Streams of different purposes or replications are independent
/// for practical purposes (distinct 64-bit seeds expanded by SplitMix64).
public struct StreamSeeds: Sendable, Hashable {
    /// The experiment's seed.
    public let seed: UInt64
    /// The replication number, from 0.
    public let replication: Int

    /// Seeds for replication `replication` of an experiment seeded with `seed`.
    public init(seed: UInt64, replication: Int) {
        self.seed = seed
        self.replication = replication
    }

    /// The seed of the stream named `name`.
    public func seed(for name: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the name's UTF-8
        for byte in name.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return Self.mix(Self.mix(seed ^ Self.mix(UInt64(truncatingIfNeeded: replication) &+ 0x9e37_79b9_7f4a_7c15)) ^ h)
    }

    /// The stream named `name`, freshly started.
    public func stream(_ name: String) -> RandomStream {
        RandomStream(seed: seed(for: name))
    }

    /// SplitMix64's finaliser: a bijection that scatters nearby inputs.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
