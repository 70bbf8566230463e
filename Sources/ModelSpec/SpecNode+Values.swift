import SimulationKernel

extension SpecNode {
    /// A located error about this node.
    public func error(_ message: String) -> LocatedError { LocatedError(message, at: location) }

    /// The scalar's text; an error naming `what` was expected otherwise.
    public func text(_ what: String = "a value") throws -> String {
        guard let s = scalar else { throw error("expected \(what), found \(kindName)") }
        return s
    }

    /// A name (of a scenario, station, show, pool, metric, file …): a
    /// non-empty string without the characters `TextSafety` calls unsafe,
    /// since names go into tables, progress lines, results files and scripts.
    public func string() throws -> String {
        let s = try text("a name")
        guard !s.isEmpty else { throw error("expected a name, found an empty value") }
        try requireDisplayable(s, what: "a name")
        return s
    }

    /// Refuses `text` (this node's value) when it holds a control or
    /// bidirectional-text character, which would break or reorder the tables
    /// and progress lines that show it; `what` names it in the message.
    public func requireDisplayable(_ text: String, what: String) throws {
        guard let bad = TextSafety.firstUnsafe(in: text) else { return }
        throw error("\(what) may not hold \(TextSafety.describe(bad)), found \(TextSafety.escaped(text)): "
                    + "names appear in tables, progress lines and results files")
    }

    /// A boolean (`true`/`false`, `yes`/`no`).
    public func bool() throws -> Bool {
        switch try text("true or false").lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw error("expected true or false, found '\(other)'")
        }
    }

    /// A finite number, plain or with a count suffix (`10k`, `1.3M`) or a percent sign (`1.5%`).
    public func number() throws -> Double {
        let s = try text("a number")
        guard !isQuoted, let (n, unit) = Quantity.split(s), n.isFinite else {
            throw error("expected a number, found '\(s)'")
        }
        if unit.isEmpty { return n }
        if unit == "%" { return n / 100 }
        if let m = Quantity.countSuffixes[unit] { return n * m }
        if unit.uppercased() == "RMB" || unit == "¥" || unit == "CNY" { return n }
        throw error("unknown unit '\(unit)' (numbers take k, M, B or %)")
    }

    /// A number ≥ 0 (or > 0 with `positive`).
    public func nonNegative(positive: Bool = false, what: String = "value") throws -> Double {
        let x = try number()
        if positive && !(x > 0) { throw error("the \(what) must be positive, found \(format(x))") }
        if x < 0 { throw error("the \(what) must not be negative, found \(format(x))") }
        return x
    }

    /// A rate per time unit (> 0 with `positive`): plain (per model time unit)
    /// or per a duration unit, `9/min`, `120/h`, `0.15/s` (converted to per second).
    public func rate(positive: Bool = false, what: String = "rate") throws -> Double {
        let s = try text("a rate")
        if let slash = s.firstIndex(of: "/") {
            let unit = s[s.index(after: slash)...].trimmingCharacters(in: .whitespaces)
            guard let seconds = Quantity.durationUnits[unit] else {
                throw error("unknown unit '\(unit)' in a rate (rates take /s, /min, /h or /d)")
            }
            guard let (n, suffix) = Quantity.split(String(s[..<slash])), n.isFinite else {
                throw error("expected a rate such as 9/min, found '\(s)'")
            }
            var count = n
            if !suffix.isEmpty {
                guard let m = Quantity.countSuffixes[suffix] else { throw error("unknown unit '\(suffix)' in a rate") }
                count *= m
            }
            let perSecond = count / seconds
            if perSecond < 0 || (positive && perSecond == 0) {
                throw error("the \(what) must be \(positive ? "positive" : "not negative"), found '\(s)'")
            }
            return perSecond
        }
        return try nonNegative(positive: positive, what: what)
    }

    /// A whole number ≥ `minimum`, plain or with a count suffix.
    public func count(minimum: Int = 0, what: String = "count") throws -> Int {
        let x = try number()
        guard x == x.rounded(), abs(x) < 1e15 else { throw error("the \(what) must be a whole number, found \(format(x))") }
        guard Int(x) >= minimum else { throw error("the \(what) must be at least \(minimum), found \(format(x))") }
        return Int(x)
    }

    /// A whole number in 0 … 2⁶⁴ − 1, such as a seed: plain digits (every
    /// value, as the command line takes them) or a count with a suffix or
    /// exponent (`10k`, `1e6`) up to 2⁵³, where doubles still hold every whole number.
    public func unsignedInteger(what: String = "whole number") throws -> UInt64 {
        let s = try text("a whole number")
        let digits = s.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces)
        if !isQuoted, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let n = UInt64(digits) else {
                throw error("the \(what) must lie in 0 … 18446744073709551615 (2^64 − 1), found \(s)")
            }
            return n
        }
        let x = try number()
        guard x >= 0, x == x.rounded(), x <= 9_007_199_254_740_992 else {
            throw error("the \(what) must be a whole number in 0 … 2^64 − 1 (beyond 2^53 written as plain digits), found \(s)")
        }
        return UInt64(x)
    }

    /// A probability in [0, 1], as a fraction (`0.3`) or a percentage (`30%`);
    /// any other unit (`20s`, `10k`, `0.8 RMB`) is refused, not reinterpreted.
    public func probability(what: String = "probability") throws -> Double {
        if let s = scalar, !isQuoted, let (_, unit) = Quantity.split(s), !unit.isEmpty, unit != "%" {
            throw error("the \(what) is a fraction or a percentage (0.3 or 30%), found '\(s)'")
        }
        let x = try number()
        guard x >= 0 && x <= 1 else { throw error("the \(what) must lie in [0, 1], found \(format(x))") }
        return x
    }

    /// A duration ≥ 0 in seconds: `90s`, `15m`, `2h`, `3d`, or a plain number
    /// (in the model's time unit, which is seconds wherever units are used).
    public func duration(positive: Bool = false, what: String = "duration") throws -> Double {
        let s = try text("a duration")
        guard !isQuoted, let (n, unit) = Quantity.split(s), n.isFinite else {
            throw error("expected a duration such as 90s, 15m, 2h or 3d, found '\(s)'")
        }
        var seconds = n
        if !unit.isEmpty {
            guard let factor = Quantity.durationUnits[unit] else {
                throw error("unknown unit '\(unit)' (durations take ms, s, m, h, d or w)")
            }
            seconds = n * factor
        }
        if seconds < 0 { throw error("the \(what) must not be negative, found '\(s)'") }
        if positive && seconds == 0 { throw error("the \(what) must be positive, found '\(s)'") }
        return seconds
    }

    /// A quantity of any kind a distribution may describe: a duration with
    /// units (in seconds), a count (`10k`), money (`1500 RMB`) or a plain number.
    public func magnitude(positive: Bool = false, what: String = "value") throws -> Double {
        let s = try text("a number")
        if let (_, unit) = Quantity.split(s), Quantity.durationUnits[unit] != nil {
            return try duration(positive: positive, what: what)
        }
        return try nonNegative(positive: positive, what: what)
    }

    /// The items of a list.
    public func list(_ what: String = "a list") throws -> [SpecNode] {
        guard case .sequence(let items) = value else { throw error("expected \(what), found \(kindName)") }
        return items
    }

    /// A reader of this mapping's keys.
    public func mapping(_ what: String = "a mapping") throws -> MappingReader {
        guard case .mapping(let pairs) = value else { throw error("expected \(what), found \(kindName)") }
        return MappingReader(node: self, pairs: pairs)
    }
}

/// A number in a message: `NumberText`'s form, `nan`/`inf` spelled out.
func format(_ x: Double) -> String { x.isFinite ? NumberText.shortest(x) : "\(x)" }
