/// Where text sits in a column wider than it.
public enum ColumnAlignment: Sendable, Equatable {
    /// Text at the left, at the right (numbers), or centred.
    case left, right, center
}

/// `text` padded with spaces to `width` terminal columns (display width, so
/// `十倍观众` counts as 8); text already as wide or wider is returned unchanged.
/// Centred text puts the odd space on the right.
public func pad(_ text: String, to width: Int, alignment: ColumnAlignment = .left) -> String {
    let missing = width - DisplayWidth.of(text)
    guard missing > 0 else { return text }
    switch alignment {
    case .left: return text + String(repeating: " ", count: missing)
    case .right: return String(repeating: " ", count: missing) + text
    case .center:
        let before = missing / 2
        return String(repeating: " ", count: before) + text + String(repeating: " ", count: missing - before)
    }
}
