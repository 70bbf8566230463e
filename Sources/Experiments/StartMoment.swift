import Foundation
import ModelSpec

/// The wall-clock anchor of simulated time 0: an ISO-8601 date and time
/// with its UTC offset, e.g. `2017-06-01T08:00:00+08:00`.
public struct StartMoment: Sendable, Equatable {
    /// The instant simulated time 0 stands for.
    public let date: Date
    /// Seconds east of UTC, for writing timestamps in the planner's zone.
    public let utcOffset: Int

    init(from node: SpecNode) throws {
        let text = try node.text("a date and time such as 2017-06-01T08:00:00+08:00")
        guard let parsed = ISO8601Moment.parse(text) else {
            throw node.error("expected a date and time with its UTC offset, such as 2017-06-01T08:00:00+08:00, found '\(text)'")
        }
        date = Date(timeIntervalSince1970: parsed.instant)
        utcOffset = parsed.utcOffset
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
        ISO8601Moment.format(instant: date.timeIntervalSince1970 + seconds, utcOffset: utcOffset)
    }
}
