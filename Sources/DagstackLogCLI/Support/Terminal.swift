import DagstackCore
import Glibc

/// Unbuffered writes of whole strings or byte runs to a file descriptor (stdout, stderr).
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(self.descriptor) == 1 }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { self.write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { self.write($0) }
    }

    /// Writes everything, retrying on partial writes and EINTR (``LiveFile/writeAll(_:_:)``); gives
    /// up silently on other errors (a closed pipe must not crash the tool: SIGPIPE is ignored at
    /// start-up).
    func write(_ bytes: UnsafeRawBufferPointer) {
        _ = LiveFile.writeAll(self.descriptor, bytes)
    }
}
