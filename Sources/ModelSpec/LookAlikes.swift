import Foundation

/// Letters that look Latin but are not: a key typed with a Greek omicron
/// (`hοrizon`) or a Cyrillic `а` reads as the key yet matches nothing. Keys
/// and names are compared by their *skeleton* — compatibility-normalised
/// (NFKC: fullwidth `ｈ` is `h`), each Greek or Cyrillic look-alike of a
/// Latin letter replaced by it, zero-width characters dropped, lower-cased —
/// after Unicode's confusable detection (UTS #39), restricted to the
/// letters keys are written in.
public enum LookAlikes {
    /// Greek and Cyrillic letters (and a few others) that look like a Latin letter, with that letter.
    static let latin: [Unicode.Scalar: Character] = {
        let pairs: [(String, String)] = [
            // Greek capitals and small letters.
            ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"), ("αγικνορτυχϲϳ", "ayikvoptuxcj"),
            // Cyrillic capitals and small letters.
            ("АВЕКМНОРСТХУЅІЈԌԚԜ", "ABEKMHOPCTXYSIJGQW"), ("аеорсухіјѕԁһԛԝӏɡ", "aeopcyxijsdhqwlg"),
            // Latin letters that pass for others.
            ("ı", "i"),
        ]
        var map: [Unicode.Scalar: Character] = [:]
        for (from, to) in pairs {
            for (f, t) in zip(from.unicodeScalars, to) { map[f] = t }
        }
        return map
    }()

    /// Characters that show as nothing.
    static let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]

    /// The skeleton of `text`: what it looks like, as plain lower-case Latin where it can be.
    public static func skeleton(_ text: String) -> String {
        var out = ""
        for c in text.precomposedStringWithCompatibilityMapping.unicodeScalars where !invisible.contains(c) {
            if let l = latin[c] { out.append(l) } else { out.unicodeScalars.append(c) }
        }
        return out.lowercased()
    }

    /// A note on the first character of `written` that only looks like the one
    /// at the same place in `intended` — `'ο' (column 2) is U+03BF GREEK SMALL
    /// LETTER OMICRON, not the Latin 'o'` — or nil when there is none.
    public static func note(_ written: String, against intended: String) -> String? {
        for (i, c) in written.unicodeScalars.enumerated() where !c.isASCII {
            let shown = skeleton(String(c))
            guard invisible.contains(c) || (shown.unicodeScalars.allSatisfy(\.isASCII) && intended.lowercased().contains(shown)) else {
                continue
            }
            let name = c.properties.name.map { " " + $0 } ?? ""
            let code = String(format: "U+%04X", c.value)
            if invisible.contains(c) { return "character \(i + 1) is an invisible \(code)\(name)" }
            return "'\(Character(c))' (character \(i + 1)) is \(code)\(name), not the Latin '\(shown)'"
        }
        return nil
    }
}
