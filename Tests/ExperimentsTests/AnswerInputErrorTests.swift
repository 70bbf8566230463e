import Experiments
import Foundation
import ModelSpec
import Testing

/// Mistakes in `goal:`, `staffing:` and `replications: {until: …}` are
/// refused at load, at their file, line and column, with "did you mean".
@Suite("Bad answer sections get a located error")
struct AnswerInputErrorTests {
    static let head = "name: e\nmodel: m.yaml\nhorizon: 100\n"
    static let staffing = """
        staffing:
          pool: stations[desk]
          interval: 10
          target: {delayed-fraction: 20%}
          range: {max: 30}
        """
    static let goal = head + """
        goal:
          vary:
            stations[desk].servers: {min: 1, max: 20}
          subject-to: [desk.wait_mean <= 30s]
        """

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let experiment: String
        let line: Int
        let column: Int
        let message: String
    }

    static let cases: [Case] = [
        Case(description: "misspelt metric in a constraint",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <=", with: "desk.wiat_mean <="),
             line: 7, column: 16, message: "did you mean 'desk.wait_mean'"),
        Case(description: "constraint without <= or >=",
             experiment: goal.replacingOccurrences(of: "<=", with: "<"), line: 7, column: 16,
             message: "compares with '<=' or '>='"),
        Case(description: "duration for a fraction",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <= 30s", with: "desk.delayed_fraction <= 30s"),
             line: 7, column: 41, message: "'30s' is a duration, but 'desk.delayed_fraction' is a fraction (unit 1)"),
        // Every unit is checked against the metric's, not only durations (new-user findings).
        Case(description: "money for a duration",
             experiment: goal.replacingOccurrences(of: "30s]", with: "10 RMB]"),
             line: 7, column: 34, message: "'10 RMB' is money, but 'desk.wait_mean' is in seconds (unit s)"),
        Case(description: "a percentage for a duration",
             experiment: goal.replacingOccurrences(of: "30s]", with: "5%]"),
             line: 7, column: 34, message: "e.g. 'desk.wait_mean <= 30s'"),
        Case(description: "a count suffix for a duration",
             experiment: goal.replacingOccurrences(of: "30s]", with: "10k]"),
             line: 7, column: 34, message: "'10k' is a count with a k/M/B suffix, but 'desk.wait_mean' is in seconds"),
        Case(description: "a percentage for a count",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <= 30s", with: "desk.queue_mean <= 5%"),
             line: 7, column: 35, message: "'desk.queue_mean' is a number of customers (unit customers)"),
        Case(description: "money for a count",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <= 30s", with: "desk.queue_mean <= 2 RMB"),
             line: 7, column: 35, message: "e.g. 'desk.queue_mean <= 5k'"),
        Case(description: "a count suffix for a fraction",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <= 30s", with: "desk.utilization >= 1k"),
             line: 7, column: 36, message: "e.g. 'desk.utilization >= 5%'"),
        Case(description: "an unknown unit in a target",
             experiment: goal.replacingOccurrences(of: "30s]", with: "30 parsecs]"),
             line: 7, column: 34, message: "unknown unit 'parsecs'"),
        Case(description: "a percentage as an until half-width of a duration",
             experiment: head + "replications: {max: 50, until: {metric: desk.wait_mean, half-width: 5%}}",
             line: 4, column: 69, message: "e.g. '{metric: desk.wait_mean, half-width: 30s}'"),
        Case(description: "a count suffix as an until half-width of a duration",
             experiment: head + "replications: {max: 50, until: {metric: desk.wait_mean, half-width: 1k}}",
             line: 4, column: 69, message: "'1k' is a count"),
        Case(description: "a duration as a relative half-width",
             experiment: head + "replications: {max: 50, until: {metric: desk.wait_mean, relative-half-width: 5s}}",
             line: 4, column: 78, message: "a relative half-width (a share of the mean) is a fraction (unit 1)"),
        Case(description: "money as a service level",
             experiment: head + staffing.replacingOccurrences(of: "delayed-fraction: 20%", with: "service-level: 0.8 RMB, within: 20s"),
             line: 7, column: 27, message: "the service level is a fraction or a percentage"),
        Case(description: "a duration as a service level",
             experiment: head + staffing.replacingOccurrences(of: "delayed-fraction: 20%", with: "service-level: 20s, within: 80%"),
             line: 7, column: 27, message: "found '20s'"),
        Case(description: "a goal with one replication",
             experiment: head + "replications: 1\n" + String(goal.dropFirst(head.count)),
             line: 4, column: 15, message: "'goal' needs at least 2 replications"),
        Case(description: "staffing with one replication",
             experiment: head + "replications: 1\n" + staffing,
             line: 4, column: 15, message: "'staffing' needs at least 2 replications"),
        Case(description: "a target no value reaches",
             experiment: goal.replacingOccurrences(of: "desk.wait_mean <= 30s", with: "desk.delayed_fraction >= 120%"),
             line: 7, column: 41, message: "can never hold"),
        Case(description: "varied path the model lacks",
             experiment: goal.replacingOccurrences(of: "stations[desk].servers:", with: "stations[desk].severs:"),
             line: 6, column: 5, message: "did you mean 'servers'"),
        Case(description: "range upside down",
             experiment: goal.replacingOccurrences(of: "{min: 1, max: 20}", with: "{min: 20, max: 1}"),
             line: 6, column: 44, message: "below 'min'"),
        Case(description: "a value the model refuses",
             experiment: goal.replacingOccurrences(of: "{min: 1, max: 20}", with: "{min: 0, max: 20}"),
             line: 6, column: 5, message: "at least 1"),
        Case(description: "cost of something not varied",
             experiment: goal + "\n  cost:\n    stations[desk].server: 2", line: 9, column: 5,
             message: "did you mean 'stations[desk].servers'"),
        Case(description: "goal with a sweep", experiment: goal + "\nsweep:\n  stations[desk].servers: [1, 2]",
             line: 9, column: 3, message: "remove 'sweep'"),
        Case(description: "misspelt metric in until",
             experiment: head + "replications: {max: 50, until: {metric: desk.wait_men, half-width: 1s}}",
             line: 4, column: 41, message: "did you mean 'desk.wait_mean'"),
        Case(description: "until without a width",
             experiment: head + "replications: {max: 50, until: {metric: desk.wait_mean}}",
             line: 4, column: 32, message: "give 'half-width'"),
        Case(description: "min and max without until or a goal",
             experiment: head + "replications: {min: 5, max: 50}", line: 4, column: 15, message: "without 'until'"),
        Case(description: "staffing of a pool the model lacks",
             experiment: head + staffing.replacingOccurrences(of: "stations[desk]", with: "stations[dsk]"),
             line: 5, column: 9, message: "did you mean 'stations[desk]'"),
        Case(description: "service level without its answer time",
             experiment: head + staffing.replacingOccurrences(of: "delayed-fraction: 20%", with: "service-level: 80%"),
             line: 7, column: 27, message: "needs 'within'"),
        Case(description: "goal and staffing together",
             experiment: goal + "\n" + staffing, line: 9, column: 3, message: "not both"),
    ]

    /// Staffing takes `--replications N` for every plan it evaluates, at least 2
    /// (its intervals need a standard deviation), as it takes the file's number.
    @Test("--replications below 2 is refused for staffing")
    func staffingReplications() throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write(Self.head + Self.staffing, to: "e.yaml", in: folder)
        #expect(try ExperimentLoader.plan(path: path, replications: 2).experiment.replications == 2)
        do {
            _ = try ExperimentLoader.plan(path: path, replications: 1)
            Issue.record("--replications 1 accepted for staffing")
        } catch let error as LocatedError {
            #expect(error.message.contains("--replications 1: staffing needs at least 2 replications"), "\(error)")
        }
    }

    /// A plain number is in the metric's unit; a unit that fits is converted.
    @Test("Targets with a unit that fits the metric are converted to its unit")
    func fittingUnits() throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write(Self.goal.replacingOccurrences(of: "subject-to: [desk.wait_mean <= 30s]", with: """
            subject-to: [desk.wait_mean <= 2m, desk.wait_p95 <= 300, desk.utilization <= 85%, desk.delayed_fraction <= 0.4, desk.queue_mean <= 1k]
            """), to: "e.yaml", in: folder)
        let goal = try #require(try ExperimentLoader.plan(path: path).experiment.goal)
        #expect(goal.constraints.map(\.target) == [120, 300, 0.85, 0.4, 1000])
        let until = write(Self.head + "replications: {max: 50, until: [{metric: desk.wait_mean, half-width: 1m}, "
                          + "{metric: desk.utilization, half-width: 1%}, {metric: desk.queue_mean, relative-half-width: 0.05}]}",
                          to: "u.yaml", in: folder)
        let rule = try #require(try ExperimentLoader.plan(path: until).experiment.replicationRule)
        #expect(rule.until.map(\.width) == [.absolute(60), .absolute(0.01), .relative(0.05)])
    }

    @Test("Each mistake is reported at its line and column", arguments: cases)
    func located(_ c: Case) throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write(c.experiment, to: "e.yaml", in: folder)
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("\(c.description): no error")
        } catch let error as LocatedError {
            #expect((error.file ?? "").hasSuffix("e.yaml"), "\(c.description): \(error)")
            #expect(error.line == c.line && error.column == c.column, "\(c.description): \(error)")
            #expect(error.message.contains(c.message), "\(c.description): \(error)")
        }
    }
}
