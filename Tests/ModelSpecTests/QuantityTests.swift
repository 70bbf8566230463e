import ModelSpec
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

    @Test("Numbers are written back in their shortest exact form")
    func numberText() {
        #expect(NumberText.shortest(12) == "12")
        #expect(NumberText.shortest(0.1) == "0.1")
        #expect(NumberText.shortest(1e20) == "1e+20")
        #expect(NumberText.shortest(.nan) == "")
        #expect(Double(NumberText.shortest(1 / 3.0)) == 1 / 3.0)
    }
}
