/// A self-contained HTML page: inline CSS and inline SVG, no script and no
/// request to any network, printable (`@media print`). Built from a header
/// block and sections of paragraphs, tables and figures; rendering is
/// deterministic and escapes all text.
public struct HTMLPage: Sendable {
    /// The page's header: a title, an optional lead paragraph and facts (term, value).
    public struct Header: Sendable, Equatable {
        /// The page's `h1` and `title`.
        public var title: String
        /// A paragraph under the title (the experiment's description).
        public var lead: String?
        /// Terms and values listed under it, in order (`Seed`, `1`).
        public var facts: [(term: String, value: String)]
        /// A header `title` with an optional `lead` and `facts`.
        public init(title: String, lead: String? = nil, facts: [(term: String, value: String)] = []) {
            self.title = title
            self.lead = lead
            self.facts = facts
        }
        /// Same title, lead and facts in the same order.
        public static func == (a: Header, b: Header) -> Bool {
            a.title == b.title && a.lead == b.lead && a.facts.map(\.term) == b.facts.map(\.term) && a.facts.map(\.value) == b.facts.map(\.value)
        }
    }

    /// One piece of a section.
    public enum Block: Sendable {
        /// A paragraph of text.
        case paragraph(String)
        /// A smaller, muted paragraph.
        case note(String)
        /// A paragraph set off from the rest: an answer to read first.
        case highlight(String)
        /// A heading within the section (`h3`).
        case subheading(String)
        /// A table.
        case table(HTMLTable)
        /// A chart with its caption (`figcaption`).
        case figure(SVGElement, caption: String)
        /// Text in a fixed-width font (hashes, commands).
        case code(String)
    }

    /// A titled part of the page, listed in the contents.
    public struct Section: Sendable {
        /// The anchor the contents link to.
        public var id: String
        /// The section's heading (`h2`) and contents entry.
        public var title: String
        /// The section's blocks, in order.
        public var blocks: [Block]
        /// A section `id` titled `title` with `blocks`.
        public init(id: String, title: String, blocks: [Block] = []) {
            self.id = id
            self.title = title
            self.blocks = blocks
        }
    }

    /// The header block.
    public var header: Header
    /// The sections, in page order.
    public var sections: [Section]
    /// `<meta name="generator">`.
    public var generator: String?

    /// A page of `header` and `sections`; `generator` names the program in a `meta` tag.
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
        case .highlight(let text): return "<p class=\"answer\">\(XMLEscaping.text(text))</p>\n"
        case .subheading(let text): return "<h3>\(XMLEscaping.text(text))</h3>\n"
        case .table(let table): return table.html
        case .figure(let svg, let caption):
            return "<figure>\n\(svg.markup)<figcaption>\(XMLEscaping.text(caption))</figcaption>\n</figure>\n"
        case .code(let text): return "<pre class=\"code\">\(XMLEscaping.text(text))</pre>\n"
        }
    }
}
