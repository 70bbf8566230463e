import Foundation
import ModelSpec

/// A results folder as `--out` names it, normalised once: repeated and
/// trailing slashes, `.` and `..` steps resolved by name (`res//` and
/// `./res/` are `res`), so that the run in progress (`PATH.partial`) is
/// always a sibling of the results, never inside them.
///
/// A folder is refused where publishing results would destroy something:
/// the current folder or one of its parents, a folder holding an input
/// file, and a folder inside the run in progress of other results
/// (`X.partial/…`) or inside other results Runway made (which publishing
/// those results again replaces).
public struct OutputFolder: Sendable, Equatable, CustomStringConvertible {
    /// The normalised path (relative paths stay relative).
    public let path: String

    /// Where the run in progress is kept: `PATH.partial`.
    public var staging: String { path + ".partial" }

    /// The normalised path.
    public var description: String { path }

    /// Normalises `raw`; refuses a folder whose publishing would remove the
    /// current folder, an input (`inputs`: paths of the files read) or
    /// other results.
    public init(_ raw: String, inputs: [String] = []) throws {
        path = Self.normalised(raw)
        let absolute = Self.absolute(path)
        func refuse(_ reason: String) -> LocatedError {
            LocatedError("cannot write results here: \(reason); name a folder of its own, e.g. results/NAME", file: raw)
        }
        if path == "." || path == "/" || path.hasSuffix("/..") || path == ".." {
            throw refuse("publishing replaces the whole folder, and this is the current folder or a parent of it")
        }
        let here = Self.absolute(".")
        if here == absolute || here.hasPrefix(absolute + "/") {
            throw refuse("publishing replaces the whole folder, and this is the current folder or a parent of it")
        }
        for input in inputs where Self.absolute(Self.normalised(input)).hasPrefix(absolute + "/") {
            throw refuse("it holds the input file \(input)")
        }
        let name = (absolute as NSString).lastPathComponent
        if name.hasSuffix(".partial") {
            throw refuse("a name ending in .partial is kept for runs in progress")
        }
        var parent = (absolute as NSString).deletingLastPathComponent
        while parent != "/" && !parent.isEmpty {
            if (parent as NSString).lastPathComponent.hasSuffix(".partial") {
                throw refuse("it lies inside \(parent), a run in progress, which is removed when its results are published")
            }
            if let mark = FolderMark.read(parent) {
                throw refuse("it lies inside \(parent), a folder of Runway's \(mark.kind.rawValue), which is replaced when it is made again")
            }
            parent = (parent as NSString).deletingLastPathComponent
        }
    }

    /// `raw` without repeated or trailing slashes and with `.` and `..`
    /// steps resolved by name (a leading `..` stays).
    public static func normalised(_ raw: String) -> String {
        let rooted = raw.hasPrefix("/")
        var parts: [Substring] = []
        for part in raw.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", rooted {
                continue  // "/.." is "/"
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The absolute form of a normalised path, against the current folder.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let here = FileManager.default.currentDirectoryPath
        return normalised(path == "." ? here : here + "/" + path)
    }
}
