/// Colours that colour-blind readers can tell apart: Masataka Okabe and Kei
/// Ito, "Color Universal Design" (2008). Series take them in this order (the
/// yellow last but one, as it is faint on white); past eight, colours repeat
/// with a dashed line.
public enum Palette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let bluishGreen = "#009E73"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"
    public static let skyBlue = "#56B4E9"
    public static let yellow = "#F0E442"
    public static let black = "#000000"

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
