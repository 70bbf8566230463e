import ModelSpec

/// The file `.runway-folder` that Runway writes into every folder it makes
/// (results, a run in progress, a shard) the moment it makes it. `--force`
/// replaces only folders that carry it, so a mistyped `--out` can never
/// delete a folder of the user's; and it records the fingerprint of the
/// inputs, so that `--resume` recognises results made from the same inputs.
public struct FolderMark: Sendable, Equatable {
    /// What a marked folder holds.
    public enum Kind: String, Sendable {
        /// Finished results (`runway run`, `runway merge`).
        case results
        /// A run in progress or interrupted (`NAME.partial`).
        case staging
        /// A finished shard (`runway run --shard I/N`).
        case shard
    }

    /// The name of the mark file.
    public static let fileName = ".runway-folder"

    /// What the marked folder holds.
    public let kind: Kind
    /// The fingerprint of the inputs and settings (see `ExperimentRun.fingerprint()`).
    public let fingerprint: String

    /// A mark for a folder holding `kind`, made from inputs with `fingerprint`.
    public init(kind: Kind, fingerprint: String) {
        self.kind = kind
        self.fingerprint = fingerprint
    }

    /// The mark's text.
    var text: String { "runway-folder 1\nkind \(kind.rawValue)\nfingerprint \(fingerprint)\n" }

    /// Writes the mark into `folder` (atomically).
    public func write(into folder: String) throws {
        try FileSystem.write(text, to: folder + "/" + Self.fileName)
    }

    /// The mark of `folder`; nil when it has none (or not one Runway wrote).
    public static func read(_ folder: String) -> FolderMark? {
        guard let bytes = FileSystem.contents(of: folder + "/" + fileName) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == 3, lines[0] == "runway-folder 1", lines[1].hasPrefix("kind "), lines[2].hasPrefix("fingerprint "),
              let kind = Kind(rawValue: String(lines[1].dropFirst(5))) else { return nil }
        return FolderMark(kind: kind, fingerprint: String(lines[2].dropFirst(12)))
    }

    /// Removes `folder`, a folder Runway made, so that a crash part-way
    /// leaves it still recognisable: everything but the mark first, then the
    /// mark, then the (empty) folder.
    public static func removeMarkedFolder(_ folder: String) throws {
        try FileSystem.forEachEntry(of: folder) { name in
            if name != fileName { try FileSystem.remove(folder + "/" + name) }
        }
        try FileSystem.remove(folder + "/" + fileName)
        try FileSystem.remove(folder)
    }

    /// Whether `folder` may be removed by `--force`: it carries a mark, or it
    /// is an empty folder (what a crash while removing a marked folder leaves).
    public static func isRemovable(_ folder: String) -> Bool {
        guard FileSystem.isFolder(folder) else { return false }
        if read(folder) != nil { return true }
        return (try? FileSystem.entries(of: folder).isEmpty) == true
    }
}
