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

/// A mistake in an input file, located; printed as `FILE:LINE:COLUMN: error: MESSAGE`.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    /// Where the mistake is.
    public let location: SourceLocation
    /// What is wrong, and what would be right ("did you mean …").
    public let message: String

    /// A mistake described by `message` at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, as the command line prints it.
    public var description: String { "\(location): error: \(message)" }
}
