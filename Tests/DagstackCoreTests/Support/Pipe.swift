import Foundation
import Glibc

/// An OS pipe for sinks that write to a file descriptor; the reader drains it on its own thread.
final class TestPipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    private let collected = MutexBox<[UInt8]>([])
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
        readEnd = fds[0]
        writeEnd = fds[1]
        Thread { [self] in drain() }.start()
    }

    private func drain() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 {
                collected.update { $0.append(contentsOf: chunk[..<count]) }
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        done.signal()
    }

    /// Closes the write end and returns everything that was written.
    func finish() -> [UInt8] {
        close(writeEnd)
        done.wait()
        close(readEnd)
        return collected.value
    }
}
