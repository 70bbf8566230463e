/// A point's mark, told apart by shape as well as by colour (so a verdict
/// reads in grey print and to colour-blind readers): a filled disc, a cross,
/// a hollow diamond, a triangle pointing up, and rings drawn around another mark.
public enum MarkerShape: String, Sendable, Equatable {
    /// A filled circle.
    case disc
    /// A diagonal cross (×).
    case cross
    /// A hollow diamond.
    case diamond
    /// A filled triangle pointing up: a value above the axis's top.
    case triangleUp
    /// A circle outline around another mark (the chosen point).
    case ring
    /// A dashed circle outline around another mark (the runner-up).
    case dashedRing

    /// The mark centred at (`x`, `y`) in `colour`, with class `className`, about 8 px across (rings 18).
    func element(x: Double, y: Double, colour: String, className: String) -> SVGElement {
        let (px, py) = (SVGNumber.text(x), SVGNumber.text(y))
        switch self {
        case .disc:
            return SVGElement("circle", [("class", className), ("cx", px), ("cy", py), ("r", "4"), ("fill", colour)])
        case .cross:
            let r = 4.0
            let d = "M\(SVGNumber.text(x - r)) \(SVGNumber.text(y - r)) L\(SVGNumber.text(x + r)) \(SVGNumber.text(y + r)) "
                + "M\(SVGNumber.text(x - r)) \(SVGNumber.text(y + r)) L\(SVGNumber.text(x + r)) \(SVGNumber.text(y - r))"
            return SVGElement("path", [("class", className), ("d", d), ("stroke", colour), ("stroke-width", "2.25"), ("fill", "none")])
        case .diamond:
            let r = 5.0
            let d = "M\(px) \(SVGNumber.text(y - r)) L\(SVGNumber.text(x + r)) \(py) L\(px) \(SVGNumber.text(y + r)) "
                + "L\(SVGNumber.text(x - r)) \(py) Z"
            return SVGElement("path", [("class", className), ("d", d), ("stroke", colour), ("stroke-width", "1.75"), ("fill", "#FFFFFF")])
        case .triangleUp:
            let r = 5.0
            let d = "M\(px) \(SVGNumber.text(y - r)) L\(SVGNumber.text(x + r)) \(SVGNumber.text(y + r * 0.7)) "
                + "L\(SVGNumber.text(x - r)) \(SVGNumber.text(y + r * 0.7)) Z"
            return SVGElement("path", [("class", className), ("d", d), ("fill", colour)])
        case .ring, .dashedRing:
            var attributes = [("class", className), ("cx", px), ("cy", py), ("r", "9"), ("fill", "none"), ("stroke", colour),
                              ("stroke-width", "1.75")]
            if self == .dashedRing { attributes.append(("stroke-dasharray", "3 2")) }
            return SVGElement("circle", attributes)
        }
    }
}
