import Foundation
import SimulationKernel

/// When something happens, as a model file writes it: a duration after the
/// run's start (`14h`, `2d`) or an ISO-8601 instant with its UTC offset
/// (`2017-08-07T22:00:00+08:00`). An instant needs the experiment's `start`
/// to become a simulation time.
public struct Moment: Sendable, Equatable {
    /// The two ways of saying when.
    public enum Value: Sendable, Equatable {
        /// Seconds after the run's start.
        case afterStart(Double)
        /// Seconds since 1970-01-01T00:00Z.
        case instant(Double)
    }

    /// When, in one of the two ways.
    public let value: Value
    /// Where the file wrote it, for errors.
    public let location: SourceLocation

    /// A moment written at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The moment as a file writes it: seconds after the start, or the
    /// instant in UTC (`2017-08-07T12:00:00Z`).
    public var text: String {
        switch value {
        case .afterStart(let t): return NumberText.shortest(t)
        case .instant(let instant):
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(secondsFromGMT: 0)
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: Date(timeIntervalSince1970: instant))
        }
    }

    /// The simulation time on `clock`; nil for an instant when the clock has no start.
    public func time(on clock: LocalClock) -> Double? {
        switch value {
        case .afterStart(let t): return t
        case .instant(let instant): return clock.time(ofInstant: instant)
        }
    }

    /// The simulation time on `clock`, or a located error saying the experiment needs a `start`.
    public func requireTime(on clock: LocalClock) throws -> Double {
        guard let t = time(on: clock) else {
            throw LocatedError("a date and time needs the experiment's `start` to place it on the run's clock", at: location)
        }
        return t
    }
}

/// ISO-8601 date and time with its UTC offset, `2017-08-07T20:00:00+08:00`
/// (seconds optional, `Z` for UTC): what `start` and dated moments accept.
public enum ISO8601Moment {
    /// (seconds since 1970 UTC, UTC offset in seconds), or nil if `text` is not such a moment.
    public static func parse(_ text: String) -> (instant: Double, utcOffset: Int)? {
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
        return (date.timeIntervalSince1970, offset)
    }
}

extension ISO8601Moment {
    /// `instant` (Unix seconds, whole seconds kept) as local time at
    /// `utcOffset`: `2017-08-07T20:00:00+08:00` (`Z` at offset 0). Computed
    /// with the civil-from-days algorithm (Hinnant, "chrono-Compatible
    /// Low-Level Date Algorithms") — no formatter per call, as results files
    /// write one stamp per time-series bucket.
    public static func format(instant: Double, utcOffset: Int) -> String {
        let local = Int((instant + Double(utcOffset)).rounded(.down))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if utcOffset == 0 {
            text += "Z"
        } else {
            let a = abs(utcOffset)
            text += (utcOffset < 0 ? "-" : "+") + two(a / 3600) + ":" + two(a / 60 % 60)
        }
        return text
    }
}

extension SpecNode {
    /// A moment: a duration after the start (`14h`) or an ISO-8601 instant with its offset.
    public func moment(what: String = "moment") throws -> Moment {
        let text = try self.text("a duration after the start (14h) or a date and time (2017-08-07T20:00:00+08:00)")
        if text.contains("-") && text.contains(":"), let parsed = ISO8601Moment.parse(text) {
            return Moment(.instant(parsed.instant), at: location)
        }
        if text.first?.isNumber == true && text.count >= 10 && text.contains("T") {
            throw error("expected a date and time with its UTC offset, such as 2017-08-07T20:00:00+08:00, found '\(text)'")
        }
        return Moment(.afterStart(try duration(what: what)), at: location)
    }
}
