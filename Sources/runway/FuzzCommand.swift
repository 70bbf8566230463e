import ArgumentParser
import Experiments
import Foundation
import ModelSpec
import SimulationKernel
import Synchronization

struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz-loader",
        abstract: "Feed the file loader random and mutated inputs; fail on a crash or a hang.",
        discussion: """
            Mutates the experiment and model files under the given folders (byte flips, deletions, \
            YAML punctuation, swapped lines, spliced files) and also tries random bytes. Every input \
            must end in a result or a located error within --hang-seconds. Prints counts at the end.
            """,
        shouldDisplay: false
    )

    @Option(name: .long, help: "How long to fuzz, in seconds.")
    var seconds: Double = 60

    @Option(name: .long, help: "Seed of the mutations.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Longest a single load may take before it counts as a hang.")
    var hangSeconds: Double = 10

    @Argument(help: "Folders with valid YAML files to mutate.")
    var folders: [String] = ["experiments", "models"]

    func run() throws {
        let corpus = try collectCorpus()
        guard !corpus.isEmpty else { throw ValidationError("no YAML files under \(folders.joined(separator: ", "))") }
        let work = NSTemporaryDirectory() + "runway-fuzz-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }

        let lastProgress = Atomic<Int>(Int(Date().timeIntervalSince1970))
        let watchdog = Thread {
            while true {
                Thread.sleep(forTimeInterval: 1)
                if Double(Int(Date().timeIntervalSince1970) - lastProgress.load(ordering: .relaxed)) > hangSeconds {
                    FileHandle.standardError.write(Data("fuzz: a load took longer than \(hangSeconds) s; input kept in \(work)\n".utf8))
                    Foundation.exit(1)
                }
            }
        }
        watchdog.start()

        let stream = RandomStream(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var tried = 0
        var accepted = 0
        var located = 0
        var modelsAccepted = 0
        while Date() < deadline {
            let (experiment, model) = mutatedPair(corpus: corpus, stream: stream)
            guard FileManager.default.createFile(atPath: work + "/e.yaml", contents: experiment),
                  FileManager.default.createFile(atPath: work + "/m.yaml", contents: model) else {
                throw ValidationError("cannot write fuzz inputs in \(work)")
            }
            do {
                _ = try ExperimentLoader.plan(path: work + "/e.yaml")
                accepted += 1
            } catch is LocatedError {
                located += 1
            } catch {
                FileHandle.standardError.write(Data("fuzz: an error without a location: \(error); input kept in \(work)\n".utf8))
                throw ExitCode(1)
            }
            if (try? ModelKindRegistry.standard.build(from: SpecDocument.parse(data: model, file: "m.yaml"))) != nil { modelsAccepted += 1 }
            tried += 1
            lastProgress.store(Int(Date().timeIntervalSince1970), ordering: .relaxed)
        }
        print("fuzz-loader: \(tried) experiment and model pairs in \(Int(seconds)) s: \(accepted) experiments loaded, "
              + "\(located) located errors, \(modelsAccepted) models valid on their own; no crash, no hang")
    }

    private func collectCorpus() throws -> [Data] {
        var files: [Data] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let path as String in walker where path.hasSuffix(".yaml") {
                if let data = FileManager.default.contents(atPath: folder + "/" + path) { files.append(data) }
            }
        }
        return files.isEmpty ? files : files + Self.hostileInputs.map { Data($0.utf8) }
    }

    /// Hostile files added to the corpus: alias bombs (wide, deep, as keys,
    /// in an experiment) and a byte-order mark; each must end in a located
    /// error or a result within --hang-seconds, mutated or not.
    static let hostileInputs: [String] = {
        func bomb(_ prefix: String, levels: Int, width: Int, use: String) -> String {
            var lines = [prefix, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
            for i in 1...levels {
                lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: width).joined(separator: ", ") + "]")
            }
            lines.append(use.replacingOccurrences(of: "LAST", with: "*a\(levels)"))
            return lines.joined(separator: "\n") + "\n"
        }
        return [
            bomb("kind: queueing-network", levels: 9, width: 10, use: "stations: [LAST]"),
            bomb("kind: queueing-network", levels: 30, width: 2, use: "stations: LAST"),
            bomb("kind: queueing-network", levels: 9, width: 10, use: "? LAST\n: 1"),
            bomb("name: bomb\nmodel: m.yaml\nhorizon: 10", levels: 9, width: 10, use: "scenarios: LAST"),
            "\u{FEFF}kind: queueing-network\nstations:\n  - {name: a, arrivals: {dist: exponential, mean: 1}, "
                + "service: {dist: exponential, mean: 1}, servers: 1}\n",
        ]
    }()

    /// An experiment pointing at `m.yaml`, and a model; either may be mutated.
    private func mutatedPair(corpus: [Data], stream: RandomStream) -> (Data, Data) {
        func pick() -> Data { corpus[Int(stream.uniform() * Double(corpus.count))] }
        let experiments = corpus.filter { !String(decoding: $0, as: UTF8.self).contains("kind:") }
        let models = corpus.filter { String(decoding: $0, as: UTF8.self).contains("kind:") }
        var experiment = experiments.isEmpty ? pick() : experiments[Int(stream.uniform() * Double(experiments.count))]
        var text = String(decoding: experiment, as: UTF8.self)
        if let range = text.range(of: #"model: [^\n]*"#, options: .regularExpression) { text.replaceSubrange(range, with: "model: m.yaml") }
        experiment = Data(text.utf8)
        var model = models.isEmpty ? pick() : models[Int(stream.uniform() * Double(models.count))]
        let u = stream.uniform()
        if u < 0.05 {
            experiment = Data((0..<Int(stream.uniform() * 400)).map { _ in UInt8(stream.uniform() * 256) })
        } else if u < 0.5 {
            experiment = mutate(experiment, stream: stream)
        } else {
            model = mutate(model, stream: stream)
        }
        return (experiment, model)
    }

    private func mutate(_ data: Data, stream: RandomStream) -> Data {
        var bytes = [UInt8](data)
        let tokens: [[UInt8]] = [":", "[", "]", "{", "}", "-", "#", "&a", "*a", "'", "\"", "\n", "  ", ",", "%", "1e999",
                                 "-1", "0", "NaN", "!!binary", "|", ">", "10k", "2h", "?", "\t", "\u{00}", "99999999999999999999"]
            .map { Array($0.utf8) }
        for _ in 0..<(1 + Int(stream.uniform() * 4)) {
            guard !bytes.isEmpty else { break }
            let at = Int(stream.uniform() * Double(bytes.count))
            switch Int(stream.uniform() * 5) {
            case 0: bytes[at] = UInt8(stream.uniform() * 256)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(stream.uniform() * 8)))
            case 2: bytes.insert(contentsOf: tokens[Int(stream.uniform() * Double(tokens.count))], at: at)
            case 3:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                if lines.count > 1 {
                    let a = Int(stream.uniform() * Double(lines.count))
                    let b = Int(stream.uniform() * Double(lines.count))
                    lines.swapAt(a, b)
                    bytes = Array(lines.joined(separator: [0x0A]))
                }
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 40)], at: Int(stream.uniform() * Double(bytes.count)))
            }
        }
        return Data(bytes)
    }
}
