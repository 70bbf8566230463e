/// An HTML table: a header row, an alignment per column (numbers right), an
/// optional caption, and a class for styling and for tests to find it. A cell
/// may carry a detail shown smaller on a second line (an interval under its mean).
public struct HTMLTable: Sendable, Equatable {
    /// A cell's text and optional detail line.
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        /// The cell's main text.
        public var text: String
        /// A smaller second line (an interval under its mean), if any.
        public var detail: String?
        /// A class for the cell besides its column's (`verdict-fails`), for styling and tests.
        public var className: String?
        /// A cell with `text`, an optional `detail` line and an optional class.
        public init(_ text: String, detail: String? = nil, className: String? = nil) {
            self.text = text
            self.detail = detail
            self.className = className
        }
        /// A cell with `text` alone.
        public init(stringLiteral text: String) { self.init(text) }
    }

    /// The `class` attribute, for styling and for tests to find the table.
    public var className: String
    /// A caption above the table, if any.
    public var caption: String?
    /// Column headings, left to right.
    public var header: [String]
    /// One alignment per column (numbers right); missing ones are left.
    public var alignments: [ColumnAlignment]
    /// Rows top to bottom, each a cell per column.
    public var rows: [[Cell]]

    /// A table; `alignments` defaults to left for every column.
    public init(className: String, caption: String? = nil, header: [String], alignments: [ColumnAlignment]? = nil,
                rows: [[Cell]] = []) {
        self.className = className
        self.caption = caption
        self.header = header
        self.alignments = alignments ?? Array(repeating: .left, count: header.count)
        self.rows = rows
    }

    /// The table in a horizontally scrolling wrapper, so a wide table never widens the page.
    public var html: String {
        func style(_ c: Int, _ extra: String? = nil) -> String {
            var names: [String] = []
            switch c < alignments.count ? alignments[c] : .left {
            case .left: break
            case .right: names.append("num")
            case .center: names.append("center")
            }
            if let extra { names.append(extra) }
            return names.isEmpty ? "" : " class=\"\(XMLEscaping.attribute(names.joined(separator: " ")))\""
        }
        var out = "<div class=\"table-wrap\"><table class=\"\(XMLEscaping.attribute(className))\">\n"
        if let caption { out += "<caption>\(XMLEscaping.text(caption))</caption>\n" }
        out += "<thead><tr>" + header.indices.map { "<th\(style($0))>\(XMLEscaping.text(header[$0]))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + header.indices.map { c in
                guard c < row.count else { return "<td\(style(c))></td>" }
                var cell = XMLEscaping.text(row[c].text)
                if let detail = row[c].detail { cell += "<br><span class=\"detail\">\(XMLEscaping.text(detail))</span>" }
                return "<td\(style(c, row[c].className))>\(cell)</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }
}
