import Foundation

/// An SVG (or any XML) element: a name, attributes in the order given, and
/// children. Rendering is deterministic: the same element gives the same bytes.
public struct SVGElement: Sendable, Equatable {
    /// A child: an element or character data.
    public enum Node: Sendable, Equatable {
        /// A child element.
        case element(SVGElement)
        /// Character data, unescaped here (escaped when written).
        case text(String)
    }

    /// The tag name (`svg`, `g`, `rect`, `path`, `text` …).
    public var name: String
    /// The attributes, written in this order.
    public var attributes: [Attribute]
    /// The children, in document order.
    public var children: [Node]

    /// One `name="value"` pair; the value is escaped when written.
    public struct Attribute: Sendable, Equatable {
        /// The attribute's name.
        public var name: String
        /// The value, unescaped.
        public var value: String
        /// The pair `name="value"`.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// An element `name` with `(name, value)` attribute pairs in order and `children`.
    public init(_ name: String, _ attributes: [(String, String)] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes.map { Attribute($0.0, $0.1) }
        self.children = children
    }

    /// An element holding only `text`.
    public init(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// Appends a child element.
    public mutating func append(_ child: SVGElement) { children.append(.element(child)) }

    /// Appends child elements.
    public mutating func append(contentsOf elements: [SVGElement]) { children += elements.map { .element($0) } }

    /// The markup, without an XML declaration (so it can stand inline in HTML).
    public var markup: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        out += "<" + name
        for a in attributes { out += " \(a.name)=\"\(XMLEscaping.attribute(a.value))\"" }
        guard !children.isEmpty else { out += "/>"; return }
        out += ">"
        for child in children {
            switch child {
            case .element(let e): e.write(to: &out)
            case .text(let t): out += XMLEscaping.text(t)
            }
        }
        out += "</\(name)>"
        if name == "g" || name == "svg" { out += "\n" }
    }

    /// Elements named `name` in this tree (this one included), depth first.
    public func elements(named name: String) -> [SVGElement] {
        var found = self.name == name ? [self] : []
        for case .element(let e) in children { found += e.elements(named: name) }
        return found
    }

    /// Elements whose `class` attribute lists `className`, depth first.
    public func elements(withClass className: String) -> [SVGElement] {
        var found = classes.contains(className) ? [self] : []
        for case .element(let e) in children { found += e.elements(withClass: className) }
        return found
    }

    /// The value of attribute `name`, if set.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The names in the `class` attribute.
    public var classes: [String] {
        (self[attribute: "class"] ?? "").split(separator: " ").map(String.init)
    }

    /// The character data of this element and its descendants.
    public var textContent: String {
        children.map { child -> String in
            switch child {
            case .element(let e): return e.textContent
            case .text(let t): return t
            }
        }.joined()
    }
}

/// Escaping for XML and HTML: `&`, `<`, `>` in text; also `"` and `'` in
/// attribute values. Characters XML 1.0 does not allow (C0 controls other than
/// tab, line feed and carriage return) are dropped.
public enum XMLEscaping {
    /// `s` escaped for character data.
    public static func text(_ s: String) -> String { escape(s, quotes: false) }
    /// `s` escaped for a quoted attribute value.
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Coordinates as SVG text: rounded to hundredths of a pixel, trailing zeros
/// dropped, never `-0`. Locale-independent, so output is byte-stable.
enum SVGNumber {
    static func text(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var r = (x * 100).rounded() / 100
        if r == 0 { r = 0 }
        var s = String(format: "%.2f", r)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
