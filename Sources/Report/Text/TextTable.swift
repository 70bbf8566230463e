import Foundation

/// A table of text cells with a header row and an alignment per column, for
/// the terminal (`plainText`) or for pasting into a ticket or wiki (`markdown`).
/// Columns are as wide as their widest cell in display columns.
public struct TextTable: Sendable, Equatable {
    /// Column headings, left to right.
    public var header: [String]
    /// One alignment per column.
    public var alignments: [ColumnAlignment]
    /// Rows top to bottom, each a cell per column.
    public var rows: [[String]]

    /// A table with `header`; `alignments` defaults to left for every column.
    /// Rows shorter than the header are filled with empty cells when drawn.
    public init(header: [String], alignments: [ColumnAlignment]? = nil, rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments ?? Array(repeating: .left, count: header.count)
        self.rows = rows
    }

    /// Appends a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// Cells of every row (header first), each as many as the header has columns.
    private func grid(_ transform: (String) -> String) -> [[String]] {
        ([header] + rows).map { row in
            header.indices.map { $0 < row.count ? transform(row[$0]) : "" }
        }
    }

    private func widths(_ grid: [[String]], minimum: Int) -> [Int] {
        header.indices.map { c in max(minimum, grid.map { DisplayWidth.of($0[c]) }.max() ?? 0) }
    }

    private func alignment(_ column: Int) -> ColumnAlignment {
        column < alignments.count ? alignments[column] : .left
    }

    /// Columns separated by two spaces, the header underlined with dashes;
    /// trailing spaces removed from each line. Lines end in LF.
    public var plainText: String {
        let cells = grid { $0.replacingOccurrences(of: "\n", with: " ") }
        let w = widths(cells, minimum: 0)
        func line(_ row: [String]) -> String {
            let text = row.indices.map { pad(row[$0], to: w[$0], alignment: alignment($0)) }.joined(separator: "  ")
            return String(text.reversed().drop(while: { $0 == " " }).reversed())
        }
        var lines = [line(cells[0]), w.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table: `|` in a cell is escaped as `\|`, a
    /// backslash as `\\`, a line break becomes `<br>`; the delimiter row marks
    /// right (`---:`) and centred (`:---:`) columns; cells are padded to align
    /// in a fixed-width font.
    public var markdown: String {
        let cells = grid(Self.escapeMarkdown)
        let w = widths(cells, minimum: 3)
        func line(_ row: [String]) -> String {
            "| " + row.indices.map { pad(row[$0], to: w[$0], alignment: alignment($0)) }.joined(separator: " | ") + " |"
        }
        let delimiter = "| " + header.indices.map { c -> String in
            switch alignment(c) {
            case .left: return String(repeating: "-", count: w[c])
            case .right: return String(repeating: "-", count: w[c] - 1) + ":"
            case .center: return ":" + String(repeating: "-", count: w[c] - 2) + ":"
            }
        }.joined(separator: " | ") + " |"
        return ([line(cells[0]), delimiter] + cells.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }

    static func escapeMarkdown(_ cell: String) -> String {
        cell.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
