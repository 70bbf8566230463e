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
             line: 7, column: 41, message: "not a duration"),
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
