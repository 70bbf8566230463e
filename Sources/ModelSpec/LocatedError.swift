/// Runway's one error type: a message and, where there is one, the file it
/// concerns with the line and column in it. Every mistake in an input file,
/// every refusal (a results folder that exists, a shard of other inputs) and
/// every failure to read or write a file is one of these, printed in one
/// form (see `description`).
public struct LocatedError: Error, Sendable, CustomStringConvertible {
    /// The file concerned, as the user named it (nil: none, e.g. a command-line value).
    public let file: String?
    /// Line in `file`, from 1, when known.
    public let line: Int?
    /// Column in that line, from 1, counted in Unicode scalars, when known.
    public let column: Int?
    /// What is wrong and, where it helps, what to do.
    public let message: String

    /// An error at `location` (file, line and column).
    public init(_ message: String, at location: SourceLocation) {
        self.init(message, file: location.file, line: location.line, column: location.column)
    }

    /// An error about `file` (at `line` and `column` when known), or about no file.
    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.file = file
        self.line = file == nil ? nil : line
        self.column = line == nil ? nil : column
    }

    /// File, line and column, when all three are known.
    public var location: SourceLocation? {
        guard let file, let line, let column else { return nil }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, with as much of the place as is
    /// known (`FILE:LINE: error: …`, `FILE: error: …`, `error: …`): the form
    /// compilers use, which editors and CI logs turn into links.
    public var description: String { formatted(as: "error") }

    /// The same form with another severity, e.g. `warning` for a mistake
    /// Runway recovers from.
    public func formatted(as severity: String) -> String {
        var place = ""
        if let file {
            place = file
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            place += ": "
        }
        return place + severity + ": " + message
    }
}

/// The name earlier code gave `LocatedError` for mistakes in model files; the
/// same type (kept so that branches written against it still compile).
public typealias SpecError = LocatedError
