#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// A `TextOutputStream` over a C stdio `FILE`, writing each string whole under the file's lock.
package struct StdioStream: TextOutputStream {
    /// Whether each write is followed by `fflush`.
    package enum FlushMode: Sendable {
        /// Leave flushing to stdio's buffering.
        case undefined
        /// Flush after every write.
        case always
    }

    package let flushMode: FlushMode
    private let writeBytes: (UnsafeRawBufferPointer) -> Void
    private let flushFile: () -> Void

    /// Wraps any stdio-like handle given its lock, write and flush functions.
    package init<File>(
        file: File,
        flushMode: FlushMode,
        lock: ((File) -> Void)?,
        unlock: ((File) -> Void)?,
        write: @escaping (UnsafeRawPointer, Int, Int, File) -> Int,
        flush: @escaping (File) -> Int32
    ) {
        self.flushMode = flushMode
        self.writeBytes = { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            lock?(file)
            defer { unlock?(file) }
            _ = write(base, 1, bytes.count, file)
        }
        self.flushFile = { _ = flush(file) }
    }

    /// Writes the string's UTF-8 bytes in one call, then flushes if the mode says so.
    package func write(_ string: String) {
        var string = string
        string.withUTF8 { self.writeBytes(UnsafeRawBufferPointer($0)) }
        if self.flushMode == .always {
            self.flush()
        }
    }

    /// Flushes the underlying file.
    package func flush() {
        self.flushFile()
    }

    /// The process's standard output, flushed after every write.
    package static let standardOutput = StdioStream(
        file: stdoutHandle(),
        flushMode: .always,
        lock: flockfile,
        unlock: funlockfile,
        write: fwrite,
        flush: fflush
    )

    /// The process's standard error, flushed after every write.
    package static let standardError = StdioStream(
        file: stderrHandle(),
        flushMode: .always,
        lock: flockfile,
        unlock: funlockfile,
        write: fwrite,
        flush: fflush
    )
}

#if canImport(Darwin)
private func stdoutHandle() -> UnsafeMutablePointer<FILE> { Darwin.stdout }
private func stderrHandle() -> UnsafeMutablePointer<FILE> { Darwin.stderr }
#else
// glibc's `stdout`/`stderr` are implicitly unwrapped optionals that are set before main runs.
private func stdoutHandle() -> UnsafeMutablePointer<FILE> { stdout! }
private func stderrHandle() -> UnsafeMutablePointer<FILE> { stderr! }
#endif

// The captured FILE pointer is only used through stdio calls bracketed by flockfile/funlockfile
// (or stdio's own per-call locking for fflush), which serialise concurrent writers.
extension StdioStream: @unchecked Sendable {}
