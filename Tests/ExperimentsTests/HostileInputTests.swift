import Experiments
import Foundation
import ModelSpec
import Testing

/// Input a new user wrote by mistake or on purpose: names that would break
/// tables and progress lines. Each ends in one located error, as
/// `InputErrorTests` require.
@Suite("Hostile and mistyped input gets a located error")
struct HostileInputTests {
    typealias Case = InputErrorTests.Case
    static let model = deskModel
    static let experiment = InputErrorTests.experiment

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
