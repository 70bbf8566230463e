/// One slice of an experiment's runs for `runway run --shard I/N`: every
/// `count`-th run of the plan, starting at `index` (0 ≤ index < count).
public struct ShardSlice: Sendable, Equatable, CustomStringConvertible {
    /// Which slice, from 0.
    public let index: Int
    /// How many slices the runs are cut into.
    public let count: Int

    /// Slice `index` of `count`; nil unless 0 ≤ index < count.
    public init?(index: Int, of count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, e.g. `0/4`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, of: n)
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }
}
