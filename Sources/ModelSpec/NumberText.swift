/// Numbers as Runway writes them in files it makes (results, explained
/// models): integers without a decimal point, others in the shortest form
/// that reads back to the same double; nothing (empty) for NaN or infinity.
public enum NumberText {
    /// `12`, `0.25`, `1e-07`; empty for a value that is not finite.
    public static func shortest(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
