import Foundation
import ModelSpec

/// The wall-clock anchor of simulated time 0: an ISO-8601 date and time
/// with its UTC offset, e.g. `2017-06-01T08:00:00+08:00`.
public struct StartMoment: Sendable, Equatable {
    public let date: Date
    /// Seconds east of UTC, for writing timestamps in the planner's zone.
    public let utcOffset: Int

    init(from node: SpecNode) throws {
        let text = try node.text("a date and time such as 2017-06-01T08:00:00+08:00")
        guard let parsed = StartMoment.parse(text) else {
            throw node.error("expected a date and time with its UTC offset, such as 2017-06-01T08:00:00+08:00, found '\(text)'")
        }
        (date, utcOffset) = parsed
    }

    private static func parse(_ text: String) -> (Date, Int)? {
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):?(\d{2}))$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func group(_ i: Int) -> String? {
            guard let r = Range(match.range(at: i), in: text) else { return nil }
            return String(text[r])
        }
        var offset = 0
        if group(7) != "Z" {
            guard let h = group(9).flatMap(Int.init), let m = group(10).flatMap(Int.init), h < 24, m < 60 else { return nil }
            offset = (group(8) == "-" ? -1 : 1) * (h * 3600 + m * 60)
        }
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var components = DateComponents()
        components.year = group(1).flatMap(Int.init)
        components.month = group(2).flatMap(Int.init)
        components.day = group(3).flatMap(Int.init)
        components.hour = group(4).flatMap(Int.init)
        components.minute = group(5).flatMap(Int.init)
        components.second = group(6).flatMap(Int.init) ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return (date, offset)
    }

    /// Local time of the start in seconds since Monday 00:00, for time-of-day and day-of-week profiles.
    public var secondsSinceMonday: Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffset) ?? .gmt
        let c = calendar.dateComponents([.weekday, .hour, .minute, .second], from: date)
        let mondayBased = ((c.weekday ?? 2) + 5) % 7
        return Double(mondayBased * 86_400 + (c.hour ?? 0) * 3600 + (c.minute ?? 0) * 60 + (c.second ?? 0))
    }

    /// `seconds` after the start, as ISO-8601 in the start's UTC offset.
    public func iso8601(after seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: utcOffset)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date.addingTimeInterval(seconds))
    }
}
