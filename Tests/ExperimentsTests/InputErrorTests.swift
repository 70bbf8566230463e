import Experiments
import Foundation
import ModelSpec
import Testing

/// The error catalogue: every mistake ends in one located message.
@Suite("Bad input gets a located error")
struct InputErrorTests {
    static let model = deskModel

    static let experiment = """
        name: e
        model: m.yaml
        horizon: 100
        """

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let experiment: String
        let model: String
        /// File ("e.yaml" or "m.yaml"), line and column the error must name.
        let file: String
        let line: Int
        let column: Int
        let message: String
    }

    static let cases: [Case] = [
        Case(description: "unknown key", experiment: experiment + "\nreplicatons: 3", model: model,
             file: "e.yaml", line: 4, column: 1, message: "did you mean 'replications'"),
        Case(description: "wrong type", experiment: "name: e\nmodel: m.yaml\nhorizon: [1, 2]", model: model,
             file: "e.yaml", line: 3, column: 10, message: "expected a duration"),
        Case(description: "missing required field", experiment: "name: e\nmodel: m.yaml", model: model,
             file: "e.yaml", line: 1, column: 1, message: "missing required field 'horizon'"),
        Case(description: "probability outside [0, 1]", experiment: experiment,
             model: model + "\n    routing: {desk: 1.5}", file: "m.yaml", line: 7, column: 21, message: "must lie in [0, 1]"),
        Case(description: "zero rate", experiment: experiment,
             model: model.replacingOccurrences(of: "rate: 8", with: "rate: 0"), file: "m.yaml", line: 4, column: 41,
             message: "must be positive"),
        Case(description: "negative rate", experiment: experiment,
             model: model.replacingOccurrences(of: "rate: 8", with: "rate: -2"), file: "m.yaml", line: 4, column: 41,
             message: "must be positive"),
        Case(description: "negative duration", experiment: experiment + "\nwarmup: -5m", model: model,
             file: "e.yaml", line: 4, column: 9, message: "must not be negative"),
        Case(description: "unknown unit", experiment: "name: e\nmodel: m.yaml\nhorizon: 5 fortnights", model: model,
             file: "e.yaml", line: 3, column: 10, message: "unknown unit 'fortnights'"),
        Case(description: "unknown distribution", experiment: experiment,
             model: model.replacingOccurrences(of: "dist: exponential, mean: 1", with: "dist: expo, mean: 1"),
             file: "m.yaml", line: 5, column: 21, message: "unknown distribution 'expo'"),
        Case(description: "override of a path that does not exist",
             experiment: experiment + "\nscenarios:\n  - name: a\n  - name: b\n    overrides:\n      stations[desk].shifts.x: 1",
             model: model, file: "e.yaml", line: 8, column: 7, message: "the model has no 'shifts'"),
        Case(description: "override of an unknown key",
             experiment: experiment + "\nscenarios:\n  - name: a\n  - name: b\n    overrides:\n      stations[desk].servrs: 1",
             model: model, file: "e.yaml", line: 8, column: 7, message: "did you mean 'servers'"),
        Case(description: "list item name not found",
             experiment: experiment + "\nsweep:\n  stations[dsk].servers: [1, 2]",
             model: model, file: "e.yaml", line: 5, column: 3, message: "no item named 'dsk'"),
        Case(description: "duplicate scenario names",
             experiment: experiment + "\nscenarios:\n  - name: a\n  - name: a", model: model,
             file: "e.yaml", line: 6, column: 11, message: "duplicate scenario name 'a'"),
        Case(description: "empty sweep list", experiment: experiment + "\nsweep:\n  stations[desk].servers: []", model: model,
             file: "e.yaml", line: 5, column: 27, message: "empty sweep list"),
        Case(description: "model file missing", experiment: experiment.replacingOccurrences(of: "m.yaml", with: "nope.yaml"),
             model: model, file: "e.yaml", line: 2, column: 8, message: "does not exist"),
        Case(description: "model of an unknown kind", experiment: experiment,
             model: model.replacingOccurrences(of: "queueing-network", with: "queuing-network"),
             file: "m.yaml", line: 1, column: 7, message: "did you mean 'queueing-network'"),
        Case(description: "YAML syntax error", experiment: "name: e\nmodel: [m.yaml\nhorizon: 100", model: model,
             file: "e.yaml", line: 3, column: 8, message: "YAML syntax"),
        Case(description: "empty file", experiment: "", model: model,
             file: "e.yaml", line: 1, column: 1, message: "the file is empty"),
        Case(description: "misspelt metric in the table", experiment: experiment + "\noutputs: {table: [desk.wiat_mean]}",
             model: model, file: "e.yaml", line: 4, column: 19, message: "unknown metric 'desk.wiat_mean' (did you mean 'desk.wait_mean'?)"),
        Case(description: "misspelt time series",
             experiment: experiment + "\noutputs: {timeseries: {bucket: 10, metrics: [desk.queue]}}", model: model,
             file: "e.yaml", line: 4, column: 46, message: "unknown time series 'desk.queue' (did you mean 'desk.queue_mean'?)"),
        Case(description: "misspelt metric in check tolerances", experiment: experiment + "\ncheck: {metrics: {desk.wait_p59: 5%}}",
             model: model, file: "e.yaml", line: 4, column: 19, message: "did you mean 'desk.wait_p95'"),
        Case(description: "pattern that matches no metric", experiment: experiment + "\noutputs: {table: ['desk.nothing_*']}",
             model: model, file: "e.yaml", line: 4, column: 19, message: "no metric of the model matches 'desk.nothing_*'"),
        Case(description: "a value twice on one sweep axis", experiment: experiment + "\nsweep:\n  stations[desk].servers: [10, 11, 10]",
             model: model, file: "e.yaml", line: 5, column: 36, message: "10 appears twice on this sweep axis"),
        Case(description: "a duration twice on one sweep axis, in other units",
             experiment: experiment + "\nsweep:\n  stations[desk].service.mean: [60, 2m, 1m]",
             model: model, file: "e.yaml", line: 5, column: 41, message: "60 appears twice"),
        Case(description: "a point twice on a zip axis",
             experiment: experiment + "\nsweep:\n  zip:\n    stations[desk].servers: [10, 10]\n    stations[desk].capacity: [20, 20]",
             model: model, file: "e.yaml", line: 6, column: 34, message: "(10, 20) appears twice"),
        Case(description: "a time series of too many buckets", experiment: "name: e\nmodel: m.yaml\nhorizon: 1e5\noutputs: {timeseries: {bucket: 0.001}}",
             model: model, file: "e.yaml", line: 4, column: 32, message: "would make 100000000 buckets per series; at most 100000"),
        Case(description: "a seed beyond 2^64 - 1", experiment: experiment + "\nseed: 18446744073709551616",
             model: model, file: "e.yaml", line: 4, column: 7, message: "must lie in 0 … 18446744073709551615"),
        Case(description: "an alias bomb", experiment: experiment, model: aliasBomb(levels: 9, width: 10),
             file: "m.yaml", line: 7, column: 45, message: "more than 1000000 values"),
        Case(description: "aliases nested too deep", experiment: experiment, model: aliasBomb(levels: 10, width: 1),
             file: "m.yaml", line: 11, column: 10, message: "nested more than 8 deep"),
        Case(description: "station named like the network's own metrics", experiment: experiment,
             model: model.replacingOccurrences(of: "name: desk", with: "name: network"), file: "m.yaml", line: 3, column: 11,
             message: "may not be named 'network'"),
        Case(description: "one label for two sweep points",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: [{value: 10, label: a}, {value: 11, label: a}]",
             model: model, file: "e.yaml", line: 5, column: 70, message: "the label 'a' names two points of this sweep axis"),
        Case(description: "a labelled sweep value with another key",
             experiment: experiment + "\nsweep:\n  stations[desk].servers: [{value: 10, label: a, colour: red}]",
             model: model, file: "e.yaml", line: 5, column: 50, message: "unknown key 'colour'"),
        Case(description: "a zip's labels not one per entry",
             experiment: experiment + "\nsweep:\n  zip:\n    label: [a, b, c]\n    stations[desk].servers: [10, 11]\n    stations[desk].capacity: [20, 30]",
             model: model, file: "e.yaml", line: 6, column: 5, message: "'label' gives 3 labels for 2 zip entries"),
        Case(description: "a labelled value inside a zip",
             experiment: experiment + "\nsweep:\n  zip:\n    stations[desk].servers: [{value: 10, label: a}, 11]\n    stations[desk].capacity: [20, 30]",
             model: model, file: "e.yaml", line: 6, column: 49, message: "in a zip, name the entries with a list"),
    ]

    @Test("Each mistake is reported at its file, line and column", arguments: cases)
    func located(_ c: Case) throws {
        let folder = temporaryFolder()
        write(c.model, to: "m.yaml", in: folder)
        let path = write(c.experiment, to: "e.yaml", in: folder)
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("\(c.description): no error")
        } catch let error as LocatedError {
            #expect((error.file ?? "").hasSuffix(c.file), "\(c.description): \(error)")
            #expect(error.line == c.line && error.column == c.column, "\(c.description): \(error)")
            #expect(error.message.contains(c.message), "\(c.description): \(error)")
            #expect(error.description.hasPrefix("\(error.file ?? ""):\(c.line):\(c.column): error: "))
        }
    }

    @Test("A file that is not UTF-8 is refused at the first bad byte")
    func notUTF8() throws {
        let folder = temporaryFolder()
        let path = folder + "/e.yaml"
        FileManager.default.createFile(atPath: path, contents: Data("name: e\nmodel: m\u{e9}".utf8.dropLast(2) + [0xE9, 0x0A]))
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("no error")
        } catch let error as LocatedError {
            #expect(error.line == 2 && error.column == 9, "\(error)")
            #expect(error.message.contains("not UTF-8"))
        }
    }

    /// Through the command line: exit status 2, the message on stderr, and no results folder.
    @Test("runway run exits with status 2 and writes nothing", arguments: [0, 6, 11, 16])
    func commandLine(index: Int) throws {
        let c = Self.cases[index]
        let folder = temporaryFolder()
        write(c.model, to: "m.yaml", in: folder)
        let path = write(c.experiment, to: "e.yaml", in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runwayExecutable)
        process.arguments = ["run", path, "--out", folder + "/results"]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(text.contains(":\(c.line):\(c.column): error: "), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/results"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/results.partial"))
    }
}

/// A model file whose anchors and aliases nest `levels` deep, `width`
/// aliases a level: `width`^`levels` values once expanded.
func aliasBomb(levels: Int, width: Int) -> String {
    var lines = ["kind: queueing-network", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in 1...levels {
        lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: width).joined(separator: ", ") + "]")
    }
    lines.append("stations: [*a\(levels)]")
    return lines.joined(separator: "\n") + "\n"
}

@Suite("Input the loader accepts")
struct AcceptedInputTests {
    @Test("A UTF-8 byte-order mark at the start of a file loads")
    func byteOrderMark() throws {
        let folder = temporaryFolder()
        write("\u{FEFF}" + deskModel, to: "m.yaml", in: folder)
        let path = write("\u{FEFF}name: bom\nmodel: m.yaml\nhorizon: 10\n", to: "e.yaml", in: folder)
        #expect(try ExperimentLoader.plan(path: path).experiment.name == "bom")
    }

    /// The command line takes any UInt64 seed; so must a file.
    @Test("Every seed the command line accepts loads from a file", arguments: [
        ("18446744073709551615", UInt64.max), ("1000000000000000", 1_000_000_000_000_000), ("9007199254740993", 9_007_199_254_740_993),
        ("0", 0), ("10k", 10_000), ("1e6", 1_000_000),
    ])
    func seeds(_ text: String, _ expected: UInt64) throws {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write("name: s\nmodel: m.yaml\nhorizon: 10\nseed: \(text)\n", to: "e.yaml", in: folder)
        #expect(try ExperimentLoader.plan(path: path).experiment.seed == expected)
    }

    @Test("Anchors and aliases within the limits load")
    func modestAliases() throws {
        let folder = temporaryFolder()
        // The anchor must sit where the model allows a key, so define it on the first station's service.
        write("""
            kind: queueing-network
            stations:
              - {name: a, arrivals: {dist: exponential, rate: 1}, service: &s {dist: exponential, mean: 1}, servers: 2}
              - {name: b, arrivals: {dist: exponential, rate: 1}, service: *s, servers: 2}
            """, to: "m.yaml", in: folder)
        let path = write("name: s\nmodel: m.yaml\nhorizon: 10\n", to: "e.yaml", in: folder)
        #expect(try ExperimentLoader.plan(path: path).variants.count == 1)
    }
}

/// The runway executable built alongside the tests.
let runwayExecutable: String = {
    let configuration = _isDebugAssertConfiguration() ? "debug" : "release"
    return "\(repositoryRoot)/.build/\(configuration)/runway"
}()
