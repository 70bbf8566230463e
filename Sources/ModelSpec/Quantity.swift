import Foundation

/// Planner-friendly numbers in files: durations `90s`, `15m`, `2h`, `3d`
/// (converted to seconds), counts `10k`, `1.3M`, `100M`, `2B`, percentages
/// `1.5%`, money `1,500 RMB` / `RMB 1500`. Plain numbers are always valid.
public enum Quantity {
    /// Seconds per duration unit.
    public static let durationUnits: [String: Double] = [
        "ms": 0.001, "s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600, "hr": 3600, "d": 86_400, "w": 604_800,
    ]
    /// Multipliers of count suffixes.
    public static let countSuffixes: [String: Double] = ["k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9]

    /// Splits `12.5h` into (12.5, "h"); `nil` when the text does not start with a number.
    static func split(_ text: String) -> (number: Double, unit: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        var end = trimmed.startIndex
        var sawDigit = false
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let c = trimmed[index]
            let isSign = (c == "-" || c == "+") && (index == trimmed.startIndex || "eE".contains(trimmed[trimmed.index(before: index)]))
            let isExponent = (c == "e" || c == "E") && sawDigit && trimmed.index(after: index) < trimmed.endIndex
                && "0123456789+-".contains(trimmed[trimmed.index(after: index)])
            if c.isASCII && (c.isNumber || c == "." || isSign || isExponent) {
                if c.isNumber { sawDigit = true }
                index = trimmed.index(after: index)
                end = index
            } else {
                break
            }
        }
        guard sawDigit, let number = Double(trimmed[..<end]) else { return nil }
        return (number, trimmed[end...].trimmingCharacters(in: .whitespaces))
    }
}
