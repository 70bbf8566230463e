import Foundation
import ModelSpec
#if canImport(Glibc)
import Glibc
#endif

/// write(2), named apart from the methods called `write`.
func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, bytes, count)
    #else
    Darwin.write(fd, bytes, count)
    #endif
}

/// The file operations results are made of, on POSIX calls so that a failure
/// says why: each throws a `LocatedError` naming the path and the cause in
/// words with its errno name ("no space left on the device (ENOSPC)"),
/// never a Foundation error dump.
public enum FileSystem {
    /// Writes `text` to `file` so that `file` is either its old self or
    /// completely `text`: through a temporary file in the same folder
    /// (`.NAME.partial-PID`), renamed into place. A crash leaves at most the
    /// temporary file, which `removeTemporaryFiles(in:)` clears.
    public static func write(_ text: String, to file: String) throws {
        try write(Array(text.utf8), to: file)
    }

    /// Writes `bytes` to `file` atomically (see `write(_:to:)`).
    public static func write(_ bytes: [UInt8], to file: String) throws {
        let temporary = temporaryName(for: file)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot write", file, errno) }
        var written = 0
        let failed: Int32? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let code = failed {
            close(fd)
            unlink(temporary)
            throw failure("cannot write", file, code)
        }
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw failure("cannot write", file, code)
        }
        CrashPoint.reach("file-written")
        guard rename(temporary, file) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure("cannot move the file into place", file, code)
        }
    }

    /// The temporary name `write` uses for `file`.
    static func temporaryName(for file: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        let name = "." + (file as NSString).lastPathComponent + temporaryMarker + "\(getpid())"
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// What marks a temporary file's name.
    static let temporaryMarker = ".partial-"

    /// Whether `name` (a file name, not a path) is one `write` uses while writing.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(temporaryMarker)
    }

    /// Removes the temporary files a crashed write left in `folder`.
    public static func removeTemporaryFiles(in folder: String) throws {
        for name in try entries(of: folder) where isTemporary(name) {
            try remove(folder + "/" + name)
        }
    }

    /// Creates `folder` and any missing parents.
    public static func createFolder(_ folder: String) throws {
        var path = folder.hasPrefix("/") ? "/" : ""
        for part in folder.split(separator: "/") where part != "." {
            path += (path.isEmpty || path.hasSuffix("/") ? "" : "/") + part
            if mkdir(path, 0o755) != 0 {
                let code = errno
                if code == EEXIST && isFolder(path, followingLinks: true) { continue }
                throw failure("cannot create the folder", path, code == EEXIST ? ENOTDIR : code)
            }
        }
    }

    /// Whether something (file, folder, link) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder (a link to a folder counts only `followingLinks`).
    public static func isFolder(_ path: String, followingLinks: Bool = false) -> Bool {
        var info = stat()
        let found = followingLinks ? stat(path, &info) : lstat(path, &info)
        return found == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in `folder`, in no particular order.
    public static func entries(of folder: String) throws -> [String] {
        var names: [String] = []
        try forEachEntry(of: folder) { names.append($0) }
        return names
    }

    /// Calls `body` with each name in `folder` without holding them all (a
    /// folder of ten million run records lists in constant memory).
    public static func forEachEntry(of folder: String, _ body: (String) throws -> Void) throws {
        guard let directory = opendir(folder) else { throw failure("cannot list the folder", folder, errno) }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            try body(name)
        }
    }

    /// Renames `source` to `destination` (atomic within one file system).
    public static func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw failure("cannot rename it to \(destination)", source, errno)
        }
    }

    /// Removes a file, or a folder with everything in it.
    public static func remove(_ path: String) throws {
        if isFolder(path) {
            try forEachEntry(of: path) { try remove(path + "/" + $0) }
            guard rmdir(path) == 0 else { throw failure("cannot remove the folder", path, errno) }
        } else if unlink(path) != 0 && errno != ENOENT {
            throw failure("cannot remove", path, errno)
        }
    }

    /// The file's bytes, or nil when it cannot be read.
    public static func contents(of file: String) -> [UInt8]? {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// A located error for a failed operation on `path`: what was being done
    /// and the cause in words, with its errno name.
    public static func failure(_ doing: String, _ path: String, _ code: Int32) -> LocatedError {
        LocatedError("\(doing): \(cause(of: code))", file: path)
    }

    /// An errno value in words, with its symbolic name: what a planner needs
    /// to act on it.
    public static func cause(of code: Int32) -> String {
        switch code {
        case ENOSPC: return "no space left on the device (ENOSPC)"
        case EDQUOT: return "the disk quota is used up (EDQUOT)"
        case EROFS: return "the file system is read-only (EROFS)"
        case EBUSY: return "the file or folder is busy, e.g. a mount point or in use (EBUSY)"
        case ENOTDIR: return "a part of the path is a file, not a folder (ENOTDIR)"
        case EISDIR: return "it is a folder, not a file (EISDIR)"
        case EACCES: return "permission denied (EACCES)"
        case EPERM: return "operation not permitted (EPERM)"
        case ENOENT: return "no such file or folder (ENOENT)"
        case EEXIST: return "something of that name exists already (EEXIST)"
        case ENOTEMPTY: return "the folder is not empty (ENOTEMPTY)"
        case EXDEV: return "source and destination are on different file systems (EXDEV)"
        case EIO: return "input/output error from the device (EIO)"
        case ENAMETOOLONG: return "the name is too long (ENAMETOOLONG)"
        case EMFILE, ENFILE: return "too many open files (EMFILE)"
        case ELOOP: return "too many symbolic links in the path (ELOOP)"
        default: return String(cString: strerror(code)) + " (errno \(code))"
        }
    }
}
