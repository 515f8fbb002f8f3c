/// swift-log's internal stdio stream type, visible through `@testable import Logging` so tests that
/// drive a `FILE` directly compile unchanged; it forwards to the facade's stream.
internal struct StdioOutputStream: TextOutputStream, Sendable {
    /// Whether each write is followed by a flush.
    internal enum FlushMode {
        /// Leave flushing to stdio's buffering.
        case undefined
        /// Flush after every write.
        case always
    }

    private let stream: StdioStream

    internal init<File>(
        file: File,
        flushMode: FlushMode,
        lock: ((File) -> Void)?,
        unlock: ((File) -> Void)?,
        write: @escaping (UnsafeRawPointer, Int, Int, File) -> Int,
        flush: @escaping (File) -> Int32
    ) {
        self.stream = StdioStream(
            file: file,
            flushMode: flushMode == .always ? .always : .undefined,
            lock: lock,
            unlock: unlock,
            write: write,
            flush: flush
        )
    }

    internal var flushMode: FlushMode {
        self.stream.flushMode == .always ? .always : .undefined
    }

    internal func write(_ string: String) {
        self.stream.write(string)
    }

    internal func flush() {
        self.stream.flush()
    }
}
