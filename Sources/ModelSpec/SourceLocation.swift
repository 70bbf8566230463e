/// A place in an input file, for error messages: `FILE:LINE:COLUMN`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public let file: String
    /// Line, from 1.
    public let line: Int
    /// Column, from 1, counted in Unicode scalars.
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A mistake in an input file, located; printed as `FILE:LINE:COLUMN: error: MESSAGE`.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): error: \(message)" }
}
