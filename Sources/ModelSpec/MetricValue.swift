import Foundation
import SimulationKernel

/// A value written against a metric — a goal's target, an `until` half-width —
/// read with what its unit says it measures, so that it can be checked
/// against the metric's unit before anything runs:
///
/// - a bare number is in the metric's own unit (seconds, a fraction, RMB, a count …);
/// - a duration (`30s`, `15m`, `2h`) fits only a metric in seconds;
/// - a percentage (`5%`) only a fraction (unit `1`);
/// - money (`1500 RMB`, `2k RMB`) only a metric in RMB;
/// - a rate (`2/s`, `120/min`) only a metric per second;
/// - a count suffix (`10k`, `1.3M`) only a counted unit (not seconds, not a fraction).
public struct MetricValue: Sendable, Equatable {
    /// What the value's unit says it measures.
    public enum Form: String, Sendable, Equatable {
        /// A plain number: in the metric's own unit.
        case bare
        /// A number with a duration unit, converted to seconds.
        case duration
        /// A number with `%`, converted to a fraction.
        case percentage
        /// A number with a count suffix (`k`, `M`, `B`), multiplied out.
        case count
        /// An amount of money (`RMB`, `CNY`, `¥`, perhaps after a count suffix).
        case money
        /// A rate per time unit (`2/s`, `120/min`), converted to per second.
        case rate

        /// How a message names it: "a duration", "a percentage" …
        var spoken: String {
            switch self {
            case .bare: return "a plain number"
            case .duration: return "a duration"
            case .percentage: return "a percentage"
            case .count: return "a count with a k/M/B suffix"
            case .money: return "money"
            case .rate: return "a rate"
            }
        }
    }

    /// The value in base units: seconds, a fraction, RMB, per second, or the bare number.
    public let value: Double
    /// What its unit says it measures.
    public let form: Form
    /// The text as written.
    public let text: String

    /// Whether the value may be written against a metric in `unit`.
    public func fits(_ unit: MetricUnit) -> Bool {
        switch form {
        case .bare: return true
        case .duration: return unit == .seconds
        case .percentage: return unit == .fraction
        case .count: return unit != .seconds && unit != .fraction
        case .money: return unit == .rmb
        case .rate: return unit == .perSecond
        }
    }

    /// Why the value does not fit `unit` (nil when it does): `subject` names
    /// what is measured (`'desk.wait_mean'`), `example` is a correct way to
    /// write it (made from `unit.exampleValue`).
    public func refusal(against unit: MetricUnit, subject: String, example: String) -> String? {
        guard !fits(unit) else { return nil }
        return "'\(text)' is \(form.spoken), but \(subject) is \(unit.measure): give \(unit.accepted), e.g. '\(example)'"
    }

    static func isCurrency(_ unit: String) -> Bool {
        unit.uppercased() == "RMB" || unit == "¥" || unit.uppercased() == "CNY"
    }
}

extension MetricUnit {
    /// What a metric in this unit is, for messages: "in seconds (unit s)", "a fraction (unit 1)" …
    public var measure: String {
        switch self {
        case .seconds: return "in seconds (unit s)"
        case .fraction: return "a fraction (unit 1)"
        case .rmb: return "in RMB"
        case .perSecond: return "a rate per second (unit per_s)"
        default: return "a number of \(rawValue) (unit \(rawValue))"
        }
    }

    /// The ways a value may be written for a metric in this unit.
    public var accepted: String {
        switch self {
        case .seconds: return "a plain number of seconds or a duration (90s, 15m, 2h)"
        case .fraction: return "a plain fraction (0.05) or a percentage (5%)"
        case .rmb: return "a plain amount or money (1500 RMB, 2k RMB)"
        case .perSecond: return "a plain number per second, a rate (2/s, 120/min) or a count (10k)"
        default: return "a plain number of \(rawValue) or a count (5k, 1.3M)"
        }
    }

    /// A value correctly written for a metric in this unit, for examples in messages.
    public var exampleValue: String {
        switch self {
        case .seconds: return "30s"
        case .fraction: return "5%"
        case .rmb: return "1500 RMB"
        case .perSecond: return "2/s"
        default: return "5k"
        }
    }
}

extension SpecNode {
    /// A value written against a metric (see `MetricValue`): a plain number,
    /// or one with a duration unit, `%`, a count suffix, money or a rate.
    /// `what` names it in errors ("target", "half-width").
    public func metricValue(what: String = "value") throws -> MetricValue {
        let s = try text("a number")
        if !isQuoted, s.contains("/") {
            return MetricValue(value: try rate(what: what), form: .rate, text: s)
        }
        guard !isQuoted, let (n, unit) = Quantity.split(s), n.isFinite else {
            throw error("expected a number for the \(what), found '\(s)'")
        }
        if unit.isEmpty { return MetricValue(value: n, form: .bare, text: s) }
        if let seconds = Quantity.durationUnits[unit] { return MetricValue(value: n * seconds, form: .duration, text: s) }
        if unit == "%" { return MetricValue(value: n / 100, form: .percentage, text: s) }
        if let m = Quantity.countSuffixes[unit] { return MetricValue(value: n * m, form: .count, text: s) }
        if MetricValue.isCurrency(unit) { return MetricValue(value: n, form: .money, text: s) }
        if let first = unit.first, let m = Quantity.countSuffixes[String(first)],
           MetricValue.isCurrency(unit.dropFirst().trimmingCharacters(in: .whitespaces)) {
            return MetricValue(value: n * m, form: .money, text: s)
        }
        throw error("unknown unit '\(unit)' in the \(what): write a plain number in the metric's unit, a duration (30s), "
                    + "a percentage (5%), a count (10k), money (1500 RMB) or a rate (2/s)")
    }
}
