import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// An OS pipe for sinks that write to a file descriptor; its reader drains it on a thread of its
/// own, so a writer never blocks on a full pipe.
public final class CollectingPipe: Sendable {
    public let readEnd: Int32
    public let writeEnd: Int32
    private let collected = Mutex<[UInt8]>([])
    private let done = DispatchSemaphore(value: 0)

    public init() throws {
        var fds: [Int32] = [-1, -1]
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
                collected.withLock { $0.append(contentsOf: chunk[..<count]) }
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        done.signal()
    }

    /// Closes the write end and returns everything that was written.
    public func finish() -> [UInt8] {
        close(writeEnd)
        done.wait()
        close(readEnd)
        return collected.withLock { $0 }
    }
}
