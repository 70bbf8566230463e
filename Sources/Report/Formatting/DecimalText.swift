import Foundation

/// Decimal text of numbers rounded to a power of ten, with a true minus sign
/// (U+2212) and optional thousands separators. Pure and locale-independent.
enum DecimalText {
    /// The minus sign planners' output uses.
    static let minus = "\u{2212}"

    /// `x` rounded to a multiple of 10^`exponent`.
    static func rounded(_ x: Double, exponent: Int) -> Double {
        let quantum = pow(10, Double(exponent))
        let r = (x / quantum).rounded() * quantum
        return r == 0 ? 0 : r   // no negative zero
    }

    /// The digits of |`x`| rounded to a multiple of 10^`exponent`, with
    /// max(0, −exponent) decimals; `strip` removes trailing zeros after the
    /// decimal point (and the point). No sign.
    static func digits(_ x: Double, exponent: Int, groupsThousands: Bool = false, strip: Bool = false) -> String {
        let decimals = max(0, -exponent)
        var body = String(format: "%.\(decimals)f", abs(rounded(x, exponent: exponent)))
        if strip, body.contains(".") {
            while body.hasSuffix("0") { body.removeLast() }
            if body.hasSuffix(".") { body.removeLast() }
        }
        return groupsThousands ? grouped(body) : body
    }

    /// The sign to write before `x` rounded at `exponent`: `−` when negative,
    /// `+` when positive and `plus` is asked for, else nothing (zero has no sign).
    static func sign(_ x: Double, exponent: Int, plus: Bool) -> String {
        let r = rounded(x, exponent: exponent)
        if r < 0 { return minus }
        return plus && r > 0 ? "+" : ""
    }

    /// Commas between groups of three digits of the integer part.
    static func grouped(_ body: String) -> String {
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        guard integer.count > 3 else { return body }
        var out = ""
        for (i, c) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return parts.count > 1 ? out + "." + parts[1] : out
    }

    /// floor(log10(|x|)) for a finite non-zero x, exact at powers of ten.
    static func decade(_ x: Double) -> Int {
        let m = abs(x)
        var e = Int(floor(log10(m)))
        if pow(10, Double(e + 1)) <= m { e += 1 }
        if pow(10, Double(e)) > m { e -= 1 }
        return e
    }
}
