import ModelSpec
import SimulationKernel
import Testing

@Suite("Planner-friendly quantities")
struct QuantityTests {
    @Test("Durations convert to seconds", arguments: [
        ("90s", 90.0), ("15m", 900), ("15min", 900), ("2h", 7200), ("1.5h", 5400), ("3d", 259_200), ("1w", 604_800),
        ("250ms", 0.25), ("42", 42), ("1e3", 1000),
    ])
    func durations(text: String, seconds: Double) throws {
        #expect(try value(text).duration() == seconds)
    }

    @Test("Counts, percentages and money", arguments: [
        ("10k", 10_000.0), ("1.3M", 1_300_000), ("100M", 100_000_000), ("2B", 2e9), ("1.5%", 0.015), ("1500 RMB", 1500),
        ("1_000", 1000),
    ])
    func numbers(text: String, expected: Double) throws {
        #expect(abs(try value(text).number() - expected) < 1e-9 * max(1, expected))
    }

    @Test("Rates per time unit convert to per second", arguments: [("9/min", 0.15), ("120/h", 120.0 / 3600), ("2/s", 2.0), ("1k/d", 1000.0 / 86_400)])
    func rates(text: String, perSecond: Double) throws {
        #expect(abs(try value(text).rate() - perSecond) < 1e-12)
    }

    @Test("Mistakes name their place and what was expected", arguments: [
        ("5 fortnights", "unknown unit 'fortnights'"), ("'12'", "expected a duration"), ("-5m", "must not be negative"),
        ("[1, 2]", "expected a duration"),
    ])
    func durationErrors(text: String, message: String) throws {
        do {
            _ = try value(text).duration()
            Issue.record("'\(text)' was accepted")
        } catch let error as LocatedError {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == 1 && error.column == 4)
        }
    }

    @Test("Probabilities stay in [0, 1]; whole numbers stay whole")
    func bounds() throws {
        #expect(try value("30%").probability() == 0.3)
        #expect(throws: LocatedError.self) { try value("130%").probability() }
        #expect(try value("12").count() == 12)
        #expect(throws: LocatedError.self) { try value("1.5").count() }
        #expect(throws: LocatedError.self) { try value("0").count(minimum: 1) }
    }

    /// A value written against a metric keeps what its unit says it measures,
    /// and fits only metrics of a matching unit (new-user findings: `10 RMB`,
    /// `5%` and `10k` were read as seconds).
    @Test("Metric values: each unit fits only metrics of its kind", arguments: [
        ("30", MetricValue.Form.bare, 30.0, MetricUnit.allCases),
        ("2m", .duration, 120, [.seconds]),
        ("250ms", .duration, 0.25, [.seconds]),
        ("5%", .percentage, 0.05, [.fraction]),
        ("10k", .count, 10_000, MetricUnit.allCases.filter { $0 != .seconds && $0 != .fraction }),
        ("1.3M", .count, 1_300_000, MetricUnit.allCases.filter { $0 != .seconds && $0 != .fraction }),
        ("1500 RMB", .money, 1500, [.rmb]),
        ("2k RMB", .money, 2000, [.rmb]),
        ("120/min", .rate, 2, [.perSecond]),
    ])
    func metricValues(text: String, form: MetricValue.Form, expected: Double, fits: [MetricUnit]) throws {
        let v = try value(text).metricValue(what: "target")
        #expect(v.form == form)
        #expect(abs(v.value - expected) < 1e-9 * max(1, expected))
        for unit in MetricUnit.allCases {
            #expect(v.fits(unit) == fits.contains(unit), "\(text) against \(unit.rawValue)")
            let refusal = v.refusal(against: unit, subject: "'m'", example: "m <= \(unit.exampleValue)")
            #expect((refusal == nil) == fits.contains(unit))
            if let refusal { #expect(refusal.contains(unit.measure) && refusal.contains("e.g. 'm <= \(unit.exampleValue)'")) }
        }
    }

    @Test("Metric values: unknown units and non-numbers are refused where written")
    func metricValueErrors() throws {
        for (text, message) in [("30 parsecs", "unknown unit 'parsecs'"), ("'12'", "expected a number"), ("abc", "expected a number")] {
            #expect(throws: LocatedError.self) { try value(text).metricValue(what: "target") }
            do { _ = try value(text).metricValue(what: "target") } catch let e as LocatedError {
                #expect(e.message.contains(message) && e.line == 1 && e.column == 4, "\(e)")
            }
        }
    }

    @Test("Probabilities take a fraction or a percentage, no other unit")
    func probabilityUnits() throws {
        #expect(try value("0.8").probability() == 0.8)
        for text in ["0.8 RMB", "20s", "0.001k"] {
            #expect(throws: LocatedError.self, "\(text)") { try value(text).probability(what: "service level") }
        }
    }

    @Test("Numbers are written back in their shortest exact form")
    func numberText() {
        #expect(NumberText.shortest(12) == "12")
        #expect(NumberText.shortest(0.1) == "0.1")
        #expect(NumberText.shortest(1e20) == "1e+20")
        #expect(NumberText.shortest(.nan) == "")
        #expect(Double(NumberText.shortest(1 / 3.0)) == 1 / 3.0)
    }
}
