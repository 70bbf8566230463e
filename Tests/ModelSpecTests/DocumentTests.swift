import Foundation
import ModelSpec
import SimulationKernel
import Testing

@Suite("The YAML adapter, distributions, moments and shift lists")
struct DocumentTests {
    @Test("Every way a file can fail is located", arguments: [
        ("a: [1, 2\nb: 3", 2, "YAML syntax"),
        ("a: 1\na: 2", 2, "duplicate key 'a'"),
        ("x:\n  a: 1\n  b: 2\n  a: 3", 4, "duplicate key 'a'"),
        ("", 1, "the file is empty"),
        ("a: 1\nb: x\u{0}", 1, "NUL character"),
    ])
    func located(text: String, line: Int, message: String) {
        do {
            _ = try tree(text)
            Issue.record("accepted: \(text)")
        } catch let error as LocatedError {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == line, "\(error)")
        } catch {
            Issue.record("not located: \(error)")
        }
    }

    @Test("A file that is not UTF-8 is refused at its line")
    func notUTF8() {
        var bytes = Array("a: 1\nb: ".utf8)
        bytes.append(0xFF)
        do {
            _ = try SpecDocument.parse(data: Data(bytes), file: "t.yaml")
            Issue.record("accepted")
        } catch let error as LocatedError {
            #expect(error.line == 2)
        } catch {
            Issue.record("not located: \(error)")
        }
    }

    @Test("Distributions keep their declared parameters and refuse bad ones")
    func distributions() throws {
        let lognormal = try value("{dist: lognormal, mean: 4m, cv: 0.5}").distribution()
        #expect(lognormal.family == .lognormal && abs(lognormal.mean - 240) < 1e-9)
        #expect(try value("{dist: exponential, rate: 9/min}").distribution().mean == 1 / 0.15)
        #expect(try value("{dist: empirical, values: [1, 3]}").distribution().mean == 2)
        for (text, message) in [("{dist: exponential}", "needs 'mean' or 'rate'"), ("{dist: expo, mean: 1}", "unknown distribution 'expo'; known: deterministic, exponential"),
                                ("{dist: lognormel, mean: 1, cv: 1}", "did you mean 'lognormal'"),
                                ("{dist: uniform, min: 5, max: 1}", "must not be less than min"),
                                ("{dist: gamma, mean: 1, cv: 1, shape: 2}", "unknown key 'shape'")] {
            do {
                _ = try value(text).distribution()
                Issue.record("accepted \(text)")
            } catch let error as LocatedError {
                #expect(error.message.contains(message), "\(text): \(error.message)")
            }
        }
    }

    @Test("Moments are durations after the start or dates with an offset")
    func moments() throws {
        #expect(try value("14h").moment().value == .afterStart(50_400))
        let date = try value("2017-08-07T20:00:00+08:00").moment()
        #expect(date.value == .instant(1_502_107_200))
        let clock = LocalClock(offset: 8 * 3600, start: 1_502_107_200 - 12 * 3600)
        #expect(date.time(on: clock) == Double(12 * 3600))
        #expect(date.time(on: LocalClock()) == nil)
        #expect(throws: LocatedError.self) { try date.requireTime(on: LocalClock()) }
        #expect(throws: LocatedError.self) { try value("2017-08-07T20:00:00").moment() }
        #expect(date.text == "2017-08-07T12:00:00Z")
    }

    /// Stamps from the fast formatter against Foundation's, across years,
    /// leap days, offsets east and west of UTC and before 1970.
    @Test("Time stamps agree with Foundation's ISO-8601 formatter")
    func stamps() {
        let stream = RandomStream(seed: 4)
        for _ in 0..<2000 {
            let instant = ((stream.uniform() * 4e9) - 1e9).rounded(.down)
            let offset = [0, 8 * 3600, -5 * 3600, 5 * 3600 + 1800, -(9 * 3600 + 30 * 60)][Int(stream.uniform() * 5)]
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(secondsFromGMT: offset)
            formatter.formatOptions = [.withInternetDateTime]
            let expected = formatter.string(from: Date(timeIntervalSince1970: instant))
            #expect(ISO8601Moment.format(instant: instant, utcOffset: offset) == expected)
        }
        #expect(ISO8601Moment.format(instant: 951_782_400, utcOffset: 0) == "2000-02-29T00:00:00Z")
    }

    @Test("Shift lists: in order, from 0, within the day; dated changes end after they start")
    func shifts() throws {
        let pieces = try value("[{from: 0h, workers: 2}, {name: evening, from: 18h, workers: 6}]")
            .shiftPieces(count: "workers", within: LocalClock.day)
        #expect(pieces.map(\.value) == [2, 6])
        for (text, message) in [("[{from: 1h, workers: 2}]", "must start at 0h"),
                                ("[{from: 0h, workers: 2}, {from: 0h, workers: 3}]", "in order"),
                                ("[{from: 0h, workers: 2}, {from: 25h, workers: 3}]", "below 24h"),
                                ("[]", "at least one shift")] {
            do {
                _ = try value(text).shiftPieces(count: "workers", within: LocalClock.day)
                Issue.record("accepted \(text)")
            } catch let error as LocatedError {
                #expect(error.message.contains(message), "\(text): \(error.message)")
            }
        }
        #expect(throws: LocatedError.self) { try value("[{from: 2h, to: 1h, agents: 3}]").datedShifts(count: "agents") }
        let dated = try value("[{from: 1h, to: 2h, agents: 3}]").datedShifts(count: "agents")
        #expect(dated.first?.exception(on: LocalClock()) == Schedule<Int>.Exception(from: 3600, to: 7200, value: 3))
    }

    @Test("The YAML writer's text reads back as the same tree")
    func writer() throws {
        let doc = YAMLText.mapping([
            .init("kind", .scalar("queueing-network")),
            .init("stations", .list([.mapping([.init("name", .scalar("desk")), .init("servers", .number(10), comment: "agents")]),
                                     .mapping([.init("name", .scalar("review")), .init("service", .flow([("dist", "exponential"), ("mean", "2")]))])])),
            .init("empty", .list([])),
        ])
        let text = doc.text
        #expect(text == """
            kind: queueing-network
            stations:
              - name: desk
                servers: 10    # agents
              - name: review
                service: {dist: exponential, mean: 2}
            empty: []

            """)
        let back = try tree(text)
        #expect(back["stations"]?.flowText == "[{name: desk, servers: 10}, {name: review, service: {dist: exponential, mean: 2}}]")
    }
}
