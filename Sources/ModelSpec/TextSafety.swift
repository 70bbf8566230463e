import Foundation

/// Characters that break the line they are printed on, or reorder it: names
/// appear in tables, progress lines, CSV files and Slurm scripts, so they are
/// refused in names and in every value written into a script.
///
/// Unsafe are the control characters (C0 such as a newline or a tab, DEL,
/// C1), the line and paragraph separators (U+2028, U+2029) and the
/// bidirectional-text controls (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), with which a name such as "U+202E evil" shows reversed,
/// and the invisible ones (zero-width space, non-joiner and joiner, word
/// joiner, soft hyphen, byte-order mark …: Unicode's default-ignorable
/// characters), with which two names that look alike differ.
public enum TextSafety {
    /// Whether `c` may not appear in a name.
    public static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .control || c == "\u{2028}" || c == "\u{2029}" || c.properties.isBidiControl
            || c.properties.isDefaultIgnorableCodePoint
    }

    /// The first unsafe character of `text`, if any. A zero-width joiner or
    /// an emoji variation selector right after an emoji is part of it
    /// (`👩‍💻`, `❤️`), not invisible, and is allowed there.
    public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
        var previous: Unicode.Scalar?
        for c in text.unicodeScalars {
            if isUnsafe(c) && !partOfEmoji(c, after: previous) { return c }
            previous = c
        }
        return nil
    }

    /// Whether `c` (a zero-width joiner, VS15 or VS16) continues the emoji `previous`.
    static func partOfEmoji(_ c: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        guard c == "\u{200D}" || c == "\u{FE0E}" || c == "\u{FE0F}", let p = previous else { return false }
        // Digits, # and * are emoji too (keycaps), but a joiner after them is only invisible.
        return p.properties.isEmoji && p.value > 0x2000
    }

    /// A character as a message names it: `a newline (U+000A)`, `a tab (U+0009)`,
    /// `U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional-text control)`.
    public static func describe(_ c: Unicode.Scalar) -> String {
        let code = String(format: "U+%04X", c.value)
        switch c {
        case "\n": return "a newline (\(code))"
        case "\r": return "a carriage return (\(code))"
        case "\t": return "a tab (\(code))"
        default:
            let name = c.properties.name.map { " " + $0 } ?? ""
            let kind = c.properties.isBidiControl ? "a bidirectional-text control"
                : c.properties.generalCategory == .control ? "a control character" : "an invisible character"
            return code + name + " (\(kind))"
        }
    }

    /// `text` in single quotes with unsafe characters escaped (`'short\necho PWNED'`, `'\u{202E}evil'`).
    public static func escaped(_ text: String) -> String {
        var out = "'"
        for c in text.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += isUnsafe(c) ? "\\u{" + String(c.value, radix: 16, uppercase: true) + "}" : String(c)
            }
        }
        return out + "'"
    }
}
