/// A self-contained HTML page: inline CSS and inline SVG, no script and no
/// request to any network, printable (`@media print`). Built from a header
/// block and sections of paragraphs, tables and figures; rendering is
/// deterministic and escapes all text.
public struct HTMLPage: Sendable {
    /// The page's header: a title, an optional lead paragraph and facts (term, value).
    public struct Header: Sendable, Equatable {
        public var title: String
        public var lead: String?
        public var facts: [(term: String, value: String)]
        public init(title: String, lead: String? = nil, facts: [(term: String, value: String)] = []) {
            self.title = title
            self.lead = lead
            self.facts = facts
        }
        public static func == (a: Header, b: Header) -> Bool {
            a.title == b.title && a.lead == b.lead && a.facts.map(\.term) == b.facts.map(\.term) && a.facts.map(\.value) == b.facts.map(\.value)
        }
    }

    /// One piece of a section.
    public enum Block: Sendable {
        case paragraph(String)
        /// A smaller, muted paragraph.
        case note(String)
        case subheading(String)
        case table(HTMLTable)
        /// A chart with its caption (`figcaption`).
        case figure(SVGElement, caption: String)
        /// Text in a fixed-width font (hashes, commands).
        case code(String)
    }

    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var blocks: [Block]
        public init(id: String, title: String, blocks: [Block] = []) {
            self.id = id
            self.title = title
            self.blocks = blocks
        }
    }

    public var header: Header
    public var sections: [Section]
    /// `<meta name="generator">`.
    public var generator: String?

    public init(header: Header, sections: [Section] = [], generator: String? = nil) {
        self.header = header
        self.sections = sections
        self.generator = generator
    }

    /// The whole document.
    public var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        if let generator { out += "<meta name=\"generator\" content=\"\(XMLEscaping.attribute(generator))\">\n" }
        out += "<title>\(XMLEscaping.text(header.title))</title>\n<style>\n\(Stylesheet.css)</style>\n</head>\n<body>\n"
        out += "<header class=\"report-header\">\n<h1>\(XMLEscaping.text(header.title))</h1>\n"
        if let lead = header.lead { out += "<p class=\"lead\">\(XMLEscaping.text(lead))</p>\n" }
        if !header.facts.isEmpty {
            out += "<dl class=\"facts\">\n"
            for f in header.facts { out += "<dt>\(XMLEscaping.text(f.term))</dt><dd>\(XMLEscaping.text(f.value))</dd>\n" }
            out += "</dl>\n"
        }
        out += "</header>\n"
        if sections.count > 1 {
            out += "<nav class=\"contents\"><ul>\n"
            for s in sections { out += "<li><a href=\"#\(XMLEscaping.attribute(s.id))\">\(XMLEscaping.text(s.title))</a></li>\n" }
            out += "</ul></nav>\n"
        }
        out += "<main>\n"
        for s in sections {
            out += "<section id=\"\(XMLEscaping.attribute(s.id))\">\n<h2>\(XMLEscaping.text(s.title))</h2>\n"
            for b in s.blocks { out += Self.render(b) }
            out += "</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let text): return "<p>\(XMLEscaping.text(text))</p>\n"
        case .note(let text): return "<p class=\"note\">\(XMLEscaping.text(text))</p>\n"
        case .subheading(let text): return "<h3>\(XMLEscaping.text(text))</h3>\n"
        case .table(let table): return table.html
        case .figure(let svg, let caption):
            return "<figure>\n\(svg.markup)<figcaption>\(XMLEscaping.text(caption))</figcaption>\n</figure>\n"
        case .code(let text): return "<pre class=\"code\">\(XMLEscaping.text(text))</pre>\n"
        }
    }
}
