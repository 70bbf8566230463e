/// Colours that colour-blind readers can tell apart: Masataka Okabe and Kei
/// Ito, "Color Universal Design" (2008). Series take them in this order (the
/// yellow last but one, as it is faint on white); past eight, colours repeat
/// with a dashed line.
public enum Palette {
    /// Blue, the first series.
    public static let blue = "#0072B2"
    /// Orange, the second series.
    public static let orange = "#E69F00"
    /// Bluish green, the third series.
    public static let bluishGreen = "#009E73"
    /// Vermillion, the fourth series; also target lines.
    public static let vermillion = "#D55E00"
    /// Reddish purple, the fifth series.
    public static let reddishPurple = "#CC79A7"
    /// Sky blue, the sixth series.
    public static let skyBlue = "#56B4E9"
    /// Yellow, the seventh series (faint on white).
    public static let yellow = "#F0E442"
    /// Black, the eighth series.
    public static let black = "#000000"

    /// The series colours in the order series take them, as CSS hex text.
    public static let series = [blue, orange, bluishGreen, vermillion, reddishPurple, skyBlue, yellow, black]

    /// The colour of series `index`.
    public static func colour(_ index: Int) -> String { series[index % series.count] }

    /// The dash pattern of series `index`: solid for the first eight.
    public static func dash(_ index: Int) -> String? { index < series.count ? nil : "6 3" }

    /// Neutral colours for axes, grid, text.
    static let ink = "#222222"
    static let grid = "#DDDDDD"
    static let muted = "#666666"
}
