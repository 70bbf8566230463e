/// Kept for callers of the earlier name; see `FileSystem`.
public enum ResultsFolder {
    /// Writes `text` to `file` atomically (see `FileSystem.write(_:to:)`).
    public static func writeAtomically(_ text: String, to file: String) throws {
        try FileSystem.write(text, to: file)
    }
}
