import ModelSpec

/// The run in progress beside a results folder (`FOLDER.partial`), marked
/// with the fingerprint of its inputs, its run records in `runs/`.
struct StagingFolder {
    /// The folder's path (`FOLDER.partial`).
    let path: String
    /// Where its run records are saved.
    var runs: String { path + "/runs" }

    /// Makes the folder, or with `resume` reopens an interrupted run of the
    /// same inputs (marked as staging, or as `alsoOurs`); with `force`
    /// replaces a run in progress Runway made. Returns whether an interrupted
    /// run was reopened, whose records the caller then checks before trusting
    /// them. Refuses, naming the folder, a run of other inputs, a folder Runway
    /// did not make, and an interrupted run without `--resume` or `--force`.
    func open(fingerprint: String, resume: Bool, force: Bool, alsoOurs: FolderMark.Kind? = nil) throws -> Bool {
        // An empty folder is what a crash between making it and marking it leaves.
        if FileSystem.isFolder(path), (try? FileSystem.entries(of: path).isEmpty) == true {
            try FileSystem.remove(path)
        }
        if FileSystem.exists(path) {
            let mark = FolderMark.read(path)
            let ours = mark.map { $0.kind == .staging || $0.kind == alsoOurs } ?? false
            if resume {
                guard ours, mark?.fingerprint == fingerprint else {
                    throw LocatedError(ours ? "the interrupted run was made from other inputs or settings; pass --force to start over"
                                            : "not a run in progress Runway made; remove it or choose another --out", file: path)
                }
                try FileSystem.createFolder(runs)
                try FileSystem.removeTemporaryFiles(in: runs)
                return true
            }
            guard force else {
                throw LocatedError("an interrupted run is here; pass --resume to finish it or --force to start over", file: path)
            }
            guard FolderMark.isRemovable(path) else {
                throw LocatedError("not a run in progress Runway made (it has no \(FolderMark.fileName)), so --force does not remove it", file: path)
            }
            try FolderMark.removeMarkedFolder(path)
        }
        try FileSystem.createFolder(path)
        try FolderMark(kind: .staging, fingerprint: fingerprint).write(into: path)
        try FileSystem.createFolder(runs)
        return false
    }
}
