import Foundation

/// Writes a results folder so that no file under a result name is ever
/// half-written: every file goes to a temporary name first and is renamed
/// into place (rename is atomic on one file system).
public struct ResultsFolder {
    public let path: String

    public init(path: String) { self.path = path }

    /// An error writing results, with the path involved.
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Creates the folder (and parents) if needed.
    public func create() throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(path): error: cannot create the results folder: \(error.localizedDescription)")
        }
    }

    /// Writes `text` to `name` inside the folder, atomically.
    public func write(_ name: String, _ text: String) throws {
        try Self.writeAtomically(text, to: (path as NSString).appendingPathComponent(name))
    }

    /// Writes `text` to `file` through a temporary file in the same folder.
    public static func writeAtomically(_ text: String, to file: String) throws {
        let temporary = file + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(description: "\(file): error: cannot write the file")
        }
        guard rename(temporary, file) == 0 else {
            unlink(temporary)
            throw WriteError(description: "\(file): error: cannot move the file into place (errno \(errno))")
        }
    }
}
