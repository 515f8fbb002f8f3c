#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads LF-terminated lines from a file descriptor in 64 KiB chunks.
///
/// `nextLine()` returns complete lines only; bytes after the last LF stay buffered until more data
/// arrives (for following a growing file) or ``remainder()`` takes them at the end.
final class LineReader {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    // Bytes before this offset are known to hold no LF.
    private var scanned = 0
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next complete line without its LF, or `nil` when no complete line is available now.
    func nextLine() -> [UInt8]? {
        while true {
            // Only the bytes not searched yet: a long line costs one pass, not one per chunk.
            let from = max(self.start, self.scanned)
            if let newline = self.buffer[from...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(self.buffer[self.start..<newline])
                self.start = newline + 1
                self.scanned = self.start
                return line
            }
            self.scanned = self.buffer.count
            guard self.fill() else { return nil }
        }
    }

    /// Calls `body` with every line available now, then with the unterminated final line if any:
    /// reading a file that is not growing to its end.
    func drain(_ body: ([UInt8]) -> Void) {
        while let line = self.nextLine() {
            body(line)
        }
        let tail = self.remainder()
        if !tail.isEmpty {
            body(tail)
        }
    }

    /// Bytes after the last LF (an unterminated final line), emptied.
    func remainder() -> [UInt8] {
        let rest = Array(self.buffer[self.start...])
        self.buffer.removeAll(keepingCapacity: true)
        self.start = 0
        self.scanned = 0
        return rest
    }

    /// Reads one more chunk; false at end of file or on error.
    private func fill() -> Bool {
        if self.start > 0 {
            self.buffer.removeSubrange(0..<self.start)
            self.scanned = max(0, self.scanned - self.start)
            self.start = 0
        }
        while true {
            let count = self.chunk.withUnsafeMutableBytes { read(self.descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            self.buffer.append(contentsOf: self.chunk[0..<count])
            return true
        }
    }
}
