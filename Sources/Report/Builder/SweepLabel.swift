/// Short names for swept model paths and sweep points, for legends and
/// headings: the last path segment without its list selector
/// (`stations[desk].servers` → `servers`), and `servers=12` for a value.
public enum SweepLabel {
    /// The last segment of a swept path without its list selector: `stations[desk].servers` → `servers`,
    /// `looks[0]` → `looks`.
    public static func short(_ column: String) -> String {
        let last = column.split(separator: ".").last.map(String.init) ?? column
        guard let bracket = last.firstIndex(of: "[") else { return last }
        let stem = String(last[..<bracket])
        return stem.isEmpty ? last : stem
    }

    /// `servers=12, stock-per-product=300`; empty without a sweep.
    public static func point(columns: [String], values: [String]) -> String {
        zip(columns, values).map { short($0) + "=" + $1 }.joined(separator: ", ")
    }

    /// `busy day · servers=12`, or the scenario alone without a sweep.
    public static func variant(_ v: Variant, columns: [String]) -> String {
        let point = point(columns: columns, values: v.sweep)
        return point.isEmpty ? v.scenario : v.scenario + " · " + point
    }
}
