import Experiments
import Foundation
import ModelSpec
import Testing

@Suite("Baseline and shard files")
struct BaselineFileTests {
    /// A stored baseline of the desk experiment, as text to edit.
    static func stored() throws -> (text: String, folder: String, plan: RunPlan) {
        let folder = temporaryFolder()
        write(deskModel, to: "m.yaml", in: folder)
        let path = write("name: regress\nmodel: m.yaml\nhorizon: 200\nreplications: 3\nseed: 3\n", to: "e.yaml", in: folder)
        let plan = try ExperimentLoader.plan(path: path)
        return (Baseline(results: execute(plan, jobs: 2)).json(manifest: "{}"), folder, plan)
    }

    /// Each damaged or foreign baseline is refused with an error naming the
    /// file (exit status 2), never a crash, an allocation of 10⁸ values or a
    /// report that everything drifted.
    @Test("A baseline is checked field by field", arguments: [
        ("\"replications\": 3", "\"replications\": -1", "at least 1"),
        ("\"replications\": 3", "\"replications\": 0", "at least 1"),
        ("\"replications\": 3", "\"replications\": 1e8", "more than the"),
        ("\"replications\": 3", "\"replications\": 4", "values for 4 replications"),
        ("\"replications\": 3", "\"replications\": \"3\"", "replications: expected a whole number"),
        ("\"experiment\": \"regress\"", "\"experiment\": \"other\"", "baseline of experiment 'other'"),
        ("\"desk.wait_mean\"", "\"desk.wait_avg\"", "other metrics than the experiment"),
        ("\"unit\": \"s\"", "\"unit\": \"min\"", "unit 'min' in the baseline"),
        ("\"seed\": 3", "\"seed\": -3", "out of range"),
        ("\"entries\": [", "\"entries\": [], \"x\": [", "no entries"),
        ("[0", "[1e999", "not valid JSON"),
        ("{", "{,", "not valid JSON"),
    ])
    func fieldByField(_ find: String, _ replace: String, _ message: String) throws {
        let (text, folder, plan) = try Self.stored()
        #expect(text.contains(find), "the baseline has no \(find)")
        let edited = text.replacingOccurrences(of: find, with: replace)
        let file = write(edited, to: "b.json", in: folder)
        do {
            _ = try Baseline(path: file).checked(against: plan, file: file)
            Issue.record("accepted: \(replace)")
        } catch let error as LocatedError {
            #expect(error.file == file)
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test("A valid baseline reads back exactly, with the catalogue's order")
    func readsBack() throws {
        let (text, folder, plan) = try Self.stored()
        let file = write(text, to: "b.json", in: folder)
        let stored = try Baseline(path: file).checked(against: plan, file: file)
        let fresh = Baseline(results: execute(plan, jobs: 1))
        #expect(stored.entries.map(\.label) == fresh.entries.map(\.label))
        for (a, b) in zip(stored.entries, fresh.entries) {
            #expect(a.metrics.map(\.name) == b.metrics.map(\.name))
            for (x, y) in zip(a.metrics, b.metrics) {
                #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern) || x.values.contains { $0.isNaN })
            }
        }
    }

    /// RFC 8259: a surrogate pair (as Python's json.tool writes an emoji), a
    /// leading byte-order mark and the largest seed are JSON; `+1`, `012`,
    /// `1.` and `"a\qb"` are not.
    @Test("shard.json is read as RFC 8259 says")
    func rfc8259() throws {
        let folder = temporaryFolder()
        func shard(_ json: String) throws -> String {
            FileManager.default.createFile(atPath: folder + "/shard.json", contents: Data(json.utf8))
            return try ShardDescription.read(folder: folder).experimentFile
        }
        let body = #""replications": 2, "seed": 18446744073709551615, "shard": 0, "shards": 2, "fingerprint": "f""#
        #expect(try shard(#"{"experiment_file": "\ud83d\udc5c.yaml", "# + body + "}") == "👜.yaml")
        #expect(try shard("\u{FEFF}{\"experiment_file\": \"e.yaml\", " + body + "}") == "e.yaml")
        for bad in [#""replications": +1"#, #""replications": 012"#, #""replications": 1."#] {
            #expect(throws: LocatedError.self, "\(bad)") {
                _ = try shard(#"{"experiment_file": "e.yaml", "# + body.replacingOccurrences(of: #""replications": 2"#, with: bad) + "}")
            }
        }
        #expect(throws: LocatedError.self) { _ = try shard(#"{"experiment_file": "a\qb", "# + body + "}") }
    }

    /// FIPS 180-4 known answers (NIST's examples for SHA-256).
    @Test("SHA-256 gives the FIPS 180-4 known answers")
    func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
