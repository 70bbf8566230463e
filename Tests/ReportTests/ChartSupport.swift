@testable import Report

/// The (x, y) pairs of an SVG path's M and L commands, with a flag for each M.
func pathPoints(_ d: String) -> [(move: Bool, x: Double, y: Double)] {
    var out: [(Bool, Double, Double)] = []
    let tokens = d.split(separator: " ").map(String.init)
    var i = 0
    while i + 1 < tokens.count {
        let head = tokens[i]
        if let command = head.first, command == "M" || command == "L", let x = Double(head.dropFirst()), let y = Double(tokens[i + 1]) {
            out.append((command == "M", x, y))
            i += 2
        } else {
            i += 1
        }
    }
    return out
}

extension SVGElement {
    /// A numeric attribute.
    func number(_ name: String) -> Double? { self[attribute: name].flatMap(Double.init) }
}
