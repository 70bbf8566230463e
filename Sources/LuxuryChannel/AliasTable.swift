/// Draws an index with probability proportional to its weight in constant
/// time from one uniform number (Walker's alias method, built with Vose's
/// stable construction: "A linear algorithm for generating random numbers
/// with a given distribution", IEEE TSE 17(9), 1991).
struct AliasTable {
    /// Chance of keeping column i (else its alias).
    private var keep: [Double]
    private var alias: [Int32]

    /// A table over `weights` (≥ 0, not all 0).
    init(weights: [Double]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        var scaled = weights.map { $0 * Double(n) / total }
        keep = Array(repeating: 1, count: n)
        alias = Array(0..<Int32(n))
        var small: [Int] = []
        var large: [Int] = []
        for i in 0..<n { if scaled[i] < 1 { small.append(i) } else { large.append(i) } }
        while let s = small.popLast(), let l = large.last {
            keep[s] = scaled[s]
            alias[s] = Int32(l)
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        // What is left has weight 1 up to rounding.
    }

    /// Columns in the table.
    var count: Int { keep.count }

    /// The index a uniform number `u` in [0, 1) stands for.
    @inline(__always) func index(_ u: Double) -> Int {
        let x = u * Double(keep.count)
        let i = Swift.min(keep.count - 1, Int(x))
        return x - Double(i) < keep[i] ? i : Int(alias[i])
    }
}
