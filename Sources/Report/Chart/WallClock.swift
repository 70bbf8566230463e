import Foundation

/// The wall-clock moment of model time 0 and the planner's UTC offset, for
/// labelling time axes (`Mon 7 Aug`, `20:00`). Mirrors the experiment's `start`.
public struct WallClock: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00:00Z at model time 0.
    public let epochSeconds: Double
    /// Seconds east of UTC.
    public let utcOffset: Int

    /// Model time 0 at `epochSeconds` since 1970 UTC, shown at `utcOffset` seconds east of UTC.
    public init(epochSeconds: Double, utcOffset: Int) {
        self.epochSeconds = epochSeconds
        self.utcOffset = utcOffset
    }

    /// Reads `2017-08-07T08:00:00+08:00` (or `…Z`, seconds optional); `nil` otherwise.
    public init?(iso8601 text: String) {
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):?(\d{2}))$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func group(_ i: Int) -> Int? {
            guard let r = Range(match.range(at: i), in: text) else { return nil }
            return Int(text[r])
        }
        guard let year = group(1), let month = group(2), let day = group(3), let hour = group(4), let minute = group(5),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60 else { return nil }
        let second = group(6) ?? 0
        var offset = 0
        if let r = Range(match.range(at: 8), in: text), let h = group(9), let m = group(10) {
            offset = (text[r] == "-" ? -1 : 1) * (h * 3600 + m * 60)
        }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let local = Double(days * 86_400 + hour * 3600 + minute * 60 + second)
        self.init(epochSeconds: local - Double(offset), utcOffset: offset)
    }

    /// Local time of day and date at model time `t` (seconds).
    public func local(at t: Double) -> LocalTime {
        let local = (epochSeconds + Double(utcOffset) + t).rounded(.down)
        let days = Int((local / 86_400).rounded(.down))
        let secondOfDay = Int(local) - days * 86_400
        let (y, m, d) = Self.civil(fromDays: days)
        // 1970-01-01 was a Thursday.
        let weekday = ((days % 7) + 7 + 4) % 7
        return LocalTime(year: y, month: m, day: d, weekday: weekday,
                         hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60)
    }

    /// Model time (seconds) of the local midnight at or before model time `t`.
    func localMidnight(atOrBefore t: Double) -> Double {
        let local = epochSeconds + Double(utcOffset) + t
        return (local / 86_400).rounded(.down) * 86_400 - epochSeconds - Double(utcOffset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`, "chrono-Compatible Low-Level Date Algorithms").
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A local date and time of day, minutes resolution.
public struct LocalTime: Sendable, Equatable {
    /// The date: year, month 1–12, day of the month 1–31.
    public let year, month, day: Int
    /// 0 = Sunday … 6 = Saturday.
    public let weekday: Int
    /// The time of day: hour 0–23, minute 0–59.
    public let hour, minute: Int

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `20:05`.
    public var clockText: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// `Mon 7 Aug`.
    public var dayText: String {
        "\(Self.weekdays[weekday]) \(day) \(Self.months[month - 1])"
    }
}
