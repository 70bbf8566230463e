import Foundation
import ModelSpec

/// Writes a results folder so that no file under a result name is ever
/// half-written: every file goes to a temporary name first and is renamed
/// into place (rename is atomic on one file system).
public struct ResultsFolder {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the folder (and parents) if needed.
    public func create() throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw LocatedError("cannot create the results folder: \(error.localizedDescription)", file: path)
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
            throw LocatedError("cannot write the file", file: file)
        }
        guard rename(temporary, file) == 0 else {
            unlink(temporary)
            throw LocatedError("cannot move the file into place (errno \(errno))", file: file)
        }
    }
}
