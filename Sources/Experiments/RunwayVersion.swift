/// Runway's version, written in this one place: `runway --version` prints it
/// and every `manifest.json` records it as `runway_version`.
public enum RunwayVersion {
    /// The version, `MAJOR.MINOR.PATCH` (semantic versioning).
    public static let current = "0.3.0"
}
