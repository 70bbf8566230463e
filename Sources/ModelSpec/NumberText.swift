import Foundation

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

extension NumberText {
    /// A count for messages, in groups of three digits: `90,000`, `1,000,000`.
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A size that may be beyond any count (a product of sizes a file gives):
    /// grouped digits up to 10¹⁵, then `about 1.2e+20`.
    public static func count(_ x: Double) -> String {
        if x.isFinite && x < 1e15 { return count(Int(x.rounded())) }
        return x.isFinite ? "about \(String(format: "%.2g", x))" : "more than any count"
    }
}
