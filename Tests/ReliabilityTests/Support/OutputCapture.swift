import DagstackCore
import Foundation
import Glibc
import Synchronization

/// An OS pipe whose reader collects everything written, for console sinks.
final class CollectingPipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    private let collected = Mutex<[UInt8]>([])
    private let done = DispatchSemaphore(value: 0)

    init() {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
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

    /// Closes the write end and returns everything written.
    func finish() -> [UInt8] {
        close(writeEnd)
        done.wait()
        close(readEnd)
        return collected.withLock { $0 }
    }
}

/// Internal-channel output kept in memory.
final class DiagnosticsCapture: Sendable {
    private let lines = Mutex<[[UInt8]]>([])

    var channel: InternalChannel {
        InternalChannel(output: { [self] bytes in lines.withLock { $0.append(bytes) } })
    }

    var all: [UInt8] { lines.withLock { $0.flatMap { $0 } } }
    var count: Int { lines.withLock { $0.count } }
}

/// A fresh directory for one test, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("dagstack-reliability-\(UUID().uuidString)", isDirectory: true).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try body(directory)
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func containsText(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, count >= pattern.count else { return false }
        var index = 0
        while index <= count - pattern.count {
            if self[index] == first, self[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
