/// How many terminal columns text takes: East Asian Wide (W) and Fullwidth (F)
/// characters take two (Unicode Standard Annex #11, "East Asian Width"),
/// combining marks and format characters none, control characters none, and
/// everything else one. Ambiguous (A) characters count as one, as terminals
/// outside East Asian locales show them. The tables are generated
/// (`scripts/generate-display-width-table.py`); `wcwidth`'s `wcswidth` agrees.
public enum DisplayWidth {
    /// Columns taken by `scalar`: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if contains(zeroWidthRanges, v) { return 0 }
        if contains(wideRanges, v) { return 2 }
        return 1
    }

    /// Columns taken by `text`: the sum over its Unicode scalars.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Binary search in sorted, disjoint ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if v < ranges[middle].lowerBound {
                high = middle - 1
            } else if v > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
