import Foundation
import ModelSpec

/// Where a results file's text goes as it is made: a string (tests, the
/// terminal) or a file (`FileWriter`), so that a file listing ten million
/// replications is never held in memory whole.
public protocol TextSink {
    /// Appends `text`.
    mutating func write(_ text: String) throws
}

/// Text collected in memory.
public struct StringSink: TextSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// An empty sink.
    public init() {}

    /// Appends `text`; never throws.
    public mutating func write(_ text: String) { self.text += text }
}

/// A file written through a buffer into a temporary name in its folder and
/// renamed into place by `commit()`; dropped without `commit()`, it leaves
/// nothing behind. Errors say what failed and why (see `FileSystem`).
public final class FileWriter: TextSink {
    /// Where the file appears on `commit()`.
    public let path: String
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    /// Opens a temporary file beside `path`.
    public init(path: String) throws {
        self.path = path
        temporary = FileSystem.temporaryName(for: path)
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.failure("cannot write", path, errno) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temporary)
        }
    }

    /// Appends `text` to the buffer, writing the buffer out when it is full; throws a `LocatedError` naming
    /// the file when the write fails (a full disk, say).
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystem.failure("cannot write", path, errno)
            }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place.
    public func commit() throws {
        try flush()
        let closed = close(fd)
        fd = -1
        guard closed == 0 else {
            let code = errno
            unlink(temporary)
            throw FileSystem.failure("cannot write", path, code)
        }
        try FileSystem.move(temporary, to: path)
    }
}
