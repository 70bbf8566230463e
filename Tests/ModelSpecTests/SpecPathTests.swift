import ModelSpec
import Testing

@Suite("Paths into model trees, and did-you-mean")
struct SpecPathTests {
    static let model = """
        kind: queueing-network
        stations:
          - {name: desk, servers: 10, service: {dist: exponential, mean: 1}}
          - {name: review, servers: 2, service: {dist: exponential, mean: 2}}
        """

    @Test("Named and numbered list items, nested keys, and a new last key")
    func replaces() throws {
        let root = try tree(Self.model)
        let origin = try tree("x: 1")
        let twelve = try value("12")
        let a = try root.replacing(SpecPath("stations[desk].servers", at: origin), with: twelve, at: origin)
        #expect(a["stations"]?.flowText.contains("{name: desk, servers: 12") == true)
        let b = try root.replacing(SpecPath("stations[1].service.mean", at: origin), with: twelve, at: origin)
        #expect(b["stations"]?.flowText.contains("{dist: exponential, mean: 12}}]") == true)
        let c = try root.replacing(SpecPath("stations[review].capacity", at: origin), with: twelve, at: origin)
        #expect(c["stations"]?.flowText.contains("capacity: 12") == true)
    }

    @Test("A wrong path is refused with the nearest name", arguments: [
        ("stations[dsk].servers", "no item named 'dsk' in 'stations' (did you mean 'desk'?)"),
        ("station[desk].servers", "the model has no 'station' here (did you mean 'stations'?)"),
        ("stations[5].servers", "'stations' has 2 items, no item 5"),
        ("kind[0]", "'kind' is not a list"),
        ("stations..x", "empty step"),
        ("stations[desk", "'[' without a closing ']'"),
    ])
    func refused(path: String, message: String) throws {
        let root = try tree(Self.model)
        let origin = try tree("x: 1")
        do {
            _ = try root.replacing(SpecPath(path, at: origin), with: try value("1"), at: origin)
            Issue.record("'\(path)' was accepted")
        } catch let error as LocatedError {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("Unknown keys are refused with the nearest known key")
    func unknownKey() throws {
        var m = try tree("servers: 1\nservice: 2\ncapasity: 3").mapping()
        _ = m.optional("servers")
        _ = m.optional("service")
        _ = m.optional("capacity")
        do {
            try m.finish()
            Issue.record("'capasity' was accepted")
        } catch let error as LocatedError {
            #expect(error.message == "unknown key 'capasity' (did you mean 'capacity'?)")
            #expect(error.line == 3 && error.column == 1)
        }
        #expect(MappingReader.nearest(to: "qeueing-network", in: ["queueing-network", "luxury-channel"]) == "queueing-network")
        #expect(MappingReader.nearest(to: "xyz", in: ["queueing-network"]) == nil)
    }

    @Test("Look-alike letters read as the Latin letters they look like")
    func lookAlikes() throws {
        #expect(LookAlikes.skeleton("h\u{3BF}rizon") == "horizon")                           // Greek omicron
        #expect(LookAlikes.skeleton("\u{441}\u{430}\u{440}\u{430}city") == "capacity")      // Cyrillic с, а, р, а
        #expect(LookAlikes.skeleton("\u{FF48}\u{FF4F}rizon") == "horizon")                   // fullwidth ｈｏ
        #expect(LookAlikes.skeleton("ser\u{200B}vers") == "servers")                         // zero-width space
        #expect(LookAlikes.skeleton("十倍观众") == "十倍观众")
        // A word written wholly in look-alikes is still the nearest key, and the note names the first.
        let written = "\u{441}\u{430}\u{440}\u{430}\u{441}\u{456}\u{442}\u{443}"       // сарасіту
        #expect(MappingReader.nearest(to: written, in: ["capacity", "servers"]) == "capacity")
        #expect(MappingReader.didYouMean("capacity", for: written)
                == " (did you mean 'capacity'? '\u{441}' (character 1) is U+0441 CYRILLIC SMALL LETTER ES, not the Latin 'c')")
        #expect(MappingReader.didYouMean("capacity", for: "capasity") == " (did you mean 'capacity'?)")
    }

    @Test("A missing required key is reported at the key misspelt for it, and only at a near one")
    func requiredMisspelt() throws {
        func refusal(_ yaml: String, reading key: String, after known: [String] = []) throws -> String {
            var m = try tree(yaml).mapping()
            for k in known { _ = m.optional(k) }
            do {
                _ = try m.required(key)
                return "accepted"
            } catch let error as LocatedError {
                return error.description
            }
        }
        #expect(try refusal("name: a\nhroizon: 3", reading: "horizon", after: ["name"])
                == "t.yaml:2:1: error: unknown key 'hroizon' (did you mean 'horizon'?); 'horizon' is required")
        #expect(try refusal("mix: 1\nmax: 3", reading: "min") == "t.yaml:1:1: error: unknown key 'mix' (did you mean 'min'?); 'min' is required")
        // 'max' is two edits from 'min': it may well be read next, so it is not blamed.
        #expect(try refusal("max: 3", reading: "min") == "t.yaml:1:1: error: missing required field 'min'")
        // A key already read is never blamed.
        #expect(try refusal("names: 3", reading: "name", after: ["names"]) == "t.yaml:1:1: error: missing required field 'name'")
    }
}
