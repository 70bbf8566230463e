import Experiments
import Foundation
import ModelSpec
import Testing

/// Input a new user wrote by mistake or on purpose: a required key misspelt
/// or typed with look-alike letters, names that would break tables and
/// progress lines. Each ends in one located error, as `InputErrorTests` require.
@Suite("Hostile and mistyped input gets a located error")
struct HostileInputTests {
    typealias Case = InputErrorTests.Case
    static let model = deskModel
    static let experiment = InputErrorTests.experiment

    static let misspeltKeys: [Case] = [
        Case(description: "a required key misspelt", experiment: "name: e\nmodel: m.yaml\nhorizn: 100", model: model,
             file: "e.yaml", line: 3, column: 1, message: "unknown key 'horizn' (did you mean 'horizon'?); 'horizon' is required"),
        Case(description: "a required key with two letters swapped", experiment: "name: e\nmodel: m.yaml\nhroizon: 100", model: model,
             file: "e.yaml", line: 3, column: 1, message: "unknown key 'hroizon' (did you mean 'horizon'?)"),
        Case(description: "a required key with a Greek omicron", experiment: "name: e\nmodel: m.yaml\nh\u{3BF}rizon: 100", model: model,
             file: "e.yaml", line: 3, column: 1,
             message: "(did you mean 'horizon'? '\u{3BF}' (character 2) is U+03BF GREEK SMALL LETTER OMICRON, not the Latin 'o')"),
        Case(description: "a required key with a Cyrillic a", experiment: "n\u{430}me: e\nmodel: m.yaml\nhorizon: 100", model: model,
             file: "e.yaml", line: 1, column: 1, message: "U+0430 CYRILLIC SMALL LETTER A, not the Latin 'a'"),
        Case(description: "a required key with a zero-width space", experiment: "name: e\nmo\u{200B}del: m.yaml\nhorizon: 100", model: model,
             file: "e.yaml", line: 2, column: 1, message: "(did you mean 'model'? character 3 is an invisible U+200B ZERO WIDTH SPACE)"),
        Case(description: "a required key of a model's station misspelt", experiment: experiment,
             model: model.replacingOccurrences(of: "service:", with: "servise:"),
             file: "m.yaml", line: 5, column: 5, message: "unknown key 'servise' (did you mean 'service'?); 'service' is required"),
        Case(description: "a missing key is not blamed on a key that is merely near it",
             experiment: experiment + "\ngoal:\n  vary:\n    stations[desk].servers: {max: 5}\n  subject-to: [desk.wait_mean <= 1]",
             model: model, file: "e.yaml", line: 6, column: 29, message: "missing required field 'min'"),
        Case(description: "a metric name with a Cyrillic e", experiment: experiment + "\noutputs: {table: [d\u{435}sk.wait_mean]}",
             model: model, file: "e.yaml", line: 4, column: 19, message: "(did you mean 'desk.wait_mean'? '\u{435}' (character 2) is U+0435"),
    ]

    static let unsafeNames: [Case] = [
        Case(description: "a scenario name with a newline", experiment: experiment + "\nscenarios:\n  - name: \"a\\nb\"",
             model: model, file: "e.yaml", line: 5, column: 11, message: "a name may not hold a newline (U+000A), found 'a\\nb'"),
        Case(description: "a scenario name with a tab", experiment: experiment + "\nscenarios:\n  - name: \"a\\tb\"",
             model: model, file: "e.yaml", line: 5, column: 11, message: "a name may not hold a tab (U+0009)"),
        Case(description: "a scenario name with a right-to-left override", experiment: experiment + "\nscenarios:\n  - name: \"\\u202Eevil\"",
             model: model, file: "e.yaml", line: 5, column: 11,
             message: "a name may not hold U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional-text control), found '\\u{202E}evil'"),
        Case(description: "a station name with a bidi isolate", experiment: experiment,
             model: model.replacingOccurrences(of: "name: desk", with: "name: \"de\\u2066sk\""),
             file: "m.yaml", line: 3, column: 11, message: "a name may not hold U+2066 LEFT-TO-RIGHT ISOLATE"),
        Case(description: "a sweep label with a right-to-left override",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: [{value: 10, label: \"\\u202Ea\"}]",
             model: model, file: "e.yaml", line: 5, column: 47, message: "a label may not hold U+202E RIGHT-TO-LEFT OVERRIDE"),
        Case(description: "a sweep label with a line separator",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: [{value: 10, label: \"a\\Lb\"}]",
             model: model, file: "e.yaml", line: 5, column: 47, message: "a label is a short name on one line"),
    ]

    @Test("A misspelt or look-alike key is named where it was written, with what was meant", arguments: misspeltKeys)
    func misspelt(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("Names with control or bidirectional-text characters are refused where they were written", arguments: unsafeNames)
    func unsafe(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("Ordinary names in any script still load")
    func unicodeNames() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write(Self.experiment + "\nscenarios:\n  - name: 十倍观众\n  - name: Zürich\n  - name: \"a,b\\\"c\"", to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.experiment.scenarios.map(\.name) == ["十倍观众", "Zürich", "a,b\"c"])
    }
}
