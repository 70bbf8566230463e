/// An estimate of how wide text is drawn, for laying charts out without a
/// font engine: 0.6 em per display column (a wide CJK character is two
/// columns), which is at or above the average advance of common sans-serif faces.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(DisplayWidth.of(text)) * fontSize * 0.6
    }

    /// `text` cut to at most `maximum` pixels, ending in `…` when cut.
    static func truncated(_ text: String, fontSize: Double, maximum: Double) -> String {
        guard width(text, fontSize: fontSize) > maximum else { return text }
        var out = ""
        for c in text {
            if width(out + String(c) + "…", fontSize: fontSize) > maximum { break }
            out.append(c)
        }
        return out + "…"
    }
}
