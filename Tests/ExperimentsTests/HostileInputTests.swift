import Experiments
import Foundation
import ModelSpec
import Testing

/// Input a new user wrote by mistake or on purpose: a required key misspelt
/// or typed with look-alike letters, names that would break tables and
/// progress lines, products of sizes that would exhaust memory, runs that
/// would not end. Each ends in one located error, as `InputErrorTests` require.
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
        Case(description: "a scenario name with a zero-width space (two names that look alike)",
             experiment: experiment + "\nscenarios:\n  - name: base\n  - name: \"base\\u200B\"",
             model: model, file: "e.yaml", line: 6, column: 11,
             message: "a name may not hold U+200B ZERO WIDTH SPACE (an invisible character)"),
        Case(description: "a scenario name with a soft hyphen", experiment: experiment + "\nscenarios:\n  - name: \"ba\\u00ADse\"",
             model: model, file: "e.yaml", line: 5, column: 11, message: "a name may not hold U+00AD SOFT HYPHEN (an invisible character)"),
        Case(description: "a sweep label with a line separator",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: [{value: 10, label: \"a\\Lb\"}]",
             model: model, file: "e.yaml", line: 5, column: 47, message: "a label is a short name on one line"),
    ]

    /// `[a, a+1, …]`, `count` values.
    static func values(from a: Int, count: Int) -> String { "[" + (a..<a + count).map(String.init).joined(separator: ", ") + "]" }

    static let luxury = "name: e\nmodel: \(repositoryRoot)/models/tmall-luxury.yaml\nhorizon: 1h\nstart: 2017-08-07T20:00:00+08:00\n"

    /// Products of user-given sizes, refused from the sizes before anything is listed.
    static let products: [Case] = [
        Case(description: "a sweep of 101 × 100 points",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: \(values(from: 1, count: 101))\n"
                + "  stations[desk].capacity: \(values(from: 1000, count: 100))",
             model: model, file: "e.yaml", line: 5, column: 3,
             message: "a sweep of 101 × 100 = 10,100 points in 1 scenario would make 10,100 variants (scenario × sweep point); "
                + "at most 10,000"),
        Case(description: "a sweep of 4,000 points in 3 scenarios",
             experiment: experiment + "\nscenarios: [{name: a}, {name: b}, {name: c}]\nsweep:\n  stations[desk].servers: \(values(from: 1, count: 4000))",
             model: model, file: "e.yaml", line: 6, column: 3,
             message: "a sweep of 4,000 points in 3 scenarios would make 12,000 variants"),
        Case(description: "10,001 scenarios",
             experiment: experiment + "\nscenarios: [" + (0...10_000).map { "{name: s\($0)}" }.joined(separator: ", ") + "]",
             model: model, file: "e.yaml", line: 4, column: 12, message: "10,001 scenarios are 10,001 variants; at most 10,000"),
        Case(description: "staffing snapshots of 102,400 buckets",
             experiment: experiment + "\nstaffing:\n  pool: stations[desk]\n  interval: 64\n  snapshot: 0.0009765625\n"
                + "  target: {delayed-fraction: 20%}\n  range: {max: 20}",
             model: model, file: "e.yaml", line: 7, column: 13,
             message: "snapshots every 0.0009765625 s over 100 s would make 102,400 buckets per series; at most 100,000"),
        Case(description: "a catalogue of a billion products",
             experiment: luxury + "scenarios:\n  - name: big\n    overrides:\n      catalogue.products-per-brand: 1000000",
             model: model, file: "e.yaml", line: 8, column: 37,
             message: "3,000 brands × 1,000,000 products per brand would make 3,000,000,000 products, each held in every replication; "
                + "at most 1,000,000"),
        Case(description: "a show of a billion looks",
             experiment: luxury + "scenarios:\n  - name: big\n    overrides:\n      show.looks.count: 1e9",
             model: model, file: "e.yaml", line: 8, column: 25, message: "1,000,000,000 looks × 3 products per look would make"),
    ]

    /// Runs that would not end: refused at the horizon (or what makes them long), before anything runs.
    static let lengths: [Case] = [
        Case(description: "a horizon of 1e300", experiment: "name: e\nmodel: m.yaml\nhorizon: 1e300", model: model,
             file: "e.yaml", line: 3, column: 10, message: "a horizon of 1e+300 s is beyond the longest run, 100 years (3,155,760,000 s)"),
        Case(description: "a horizon a day beyond 100 years", experiment: "name: e\nmodel: m.yaml\nhorizon: 36526d", model: model,
             file: "e.yaml", line: 3, column: 10, message: "a horizon of 3,155,846,400 s (100 years) is beyond the longest run"),
        Case(description: "a run-off that takes the run beyond 100 years",
             experiment: "name: e\nmodel: m.yaml\nhorizon: 36000d\nrun-off: 600d", model: model,
             file: "e.yaml", line: 4, column: 10, message: "a run-off of 51,840,000 s (2 years) after a horizon of 3,110,400,000 s (99 years)"),
        Case(description: "10^10 arrivals a run", experiment: "name: e\nmodel: m.yaml\nhorizon: 1.3e9", model: model,
             file: "e.yaml", line: 3, column: 10,
             message: "at the model's arrival rates (about 8 a second), a horizon of 1,300,000,000 s (41 years) would start about "
                + "10,400,000,000 arrivals in each run; at most 10,000,000,000"),
        Case(description: "10^10 arrivals in one scenario", experiment: experiment.replacingOccurrences(of: "horizon: 100", with: "horizon: 1e8")
                + "\nscenarios:\n  - name: base\n  - name: busy\n    overrides:\n      stations[desk].arrivals.rate: 1000",
             model: model, file: "e.yaml", line: 3, column: 10, message: "at the model's arrival rates in 'busy' (about 1,000 a second)"),
        Case(description: "10^10 arrivals at the top of a goal's range",
             experiment: experiment.replacingOccurrences(of: "horizon: 100", with: "horizon: 1e8")
                + "\ngoal:\n  vary:\n    stations[desk].arrivals.rate: {values: [1, 1000]}\n  subject-to: [desk.wait_mean <= 1]",
             model: model, file: "e.yaml", line: 3, column: 10, message: "in scenario baseline at an end of 'vary'"),
        Case(description: "10^10 arrivals of a luxury channel", experiment: luxury.replacingOccurrences(of: "horizon: 1h", with: "horizon: 36500d"),
             model: model, file: "e.yaml", line: 3, column: 10, message: "arrivals in each run; at most 10,000,000,000"),
        Case(description: "a time-series bucket longer than the run",
             experiment: experiment + "\noutputs: {timeseries: {bucket: 200}}", model: model, file: "e.yaml", line: 4, column: 32,
             message: "a bucket of 200 is longer than the run (100): its one bucket would average over time never simulated"),
        Case(description: "a staffing interval longer than the run",
             experiment: experiment + "\nstaffing:\n  pool: stations[desk]\n  interval: 200\n  target: {delayed-fraction: 20%}\n  range: {max: 20}",
             model: model, file: "e.yaml", line: 6, column: 13, message: "a staffing interval of 200 s is longer than the run (100 s"),
    ]

    @Test("A run too long to end is refused at its horizon", arguments: lengths)
    func tooLong(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("A long run that is allowed loads: 100 years of a help desk")
    func longestAllowed() throws {
        let folder = temporaryFolder()
        write(Self.model.replacingOccurrences(of: "rate: 8", with: "rate: 9/min"), to: "m.yaml", in: folder)
        let path = write("name: e\nmodel: m.yaml\nhorizon: 36525d\nreplications: 1", to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.experiment.horizon == ExperimentSpec.longestRun)
        #expect(abs((plan.variants[0].model.expectedArrivals(settings: plan.settings) ?? 0) - 0.15 * ExperimentSpec.longestRun) < 1)
    }

    @Test("A product of sizes beyond its limit is refused from the sizes, at the place written", arguments: products)
    func tooLarge(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("A misspelt or look-alike key is named where it was written, with what was meant", arguments: misspeltKeys)
    func misspelt(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("Names with control or bidirectional-text characters are refused where they were written", arguments: unsafeNames)
    func unsafe(_ c: Case) throws { try InputErrorTests().located(c) }

    @Test("Ordinary names in any script still load")
    func unicodeNames() throws {
        let folder = temporaryFolder()
        write(Self.model, to: "m.yaml", in: folder)
        let path = write(Self.experiment + "\nscenarios:\n  - name: 十倍观众\n  - name: Zürich\n  - name: \"a,b\\\"c\"\n  - name: Black Friday ❤️\n  - name: 👩‍💻 team", to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        #expect(plan.experiment.scenarios.map(\.name) == ["十倍观众", "Zürich", "a,b\"c", "Black Friday ❤️", "👩‍💻 team"])
    }
}
