/// A place in an input file, for error messages: `FILE:LINE:COLUMN`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public let file: String
    /// Line, from 1.
    public let line: Int
    /// Column, from 1, counted in Unicode scalars.
    public let column: Int

    /// A place in `file` (line and column from 1).
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`.
    public var description: String { "\(file):\(line):\(column)" }
}
