import DagstackCore
import Foundation
import Glibc
import Synchronization

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
