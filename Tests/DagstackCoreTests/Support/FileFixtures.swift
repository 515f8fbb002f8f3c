import Foundation
import Glibc

@testable import DagstackCore

/// Records and file readers shared by the sink tests.
enum FileFixtures {
    /// A record numbered `number` from `thread`, with an optional padding attribute.
    static func record(_ number: Int, thread: Int = 0, padding: Int = 0, severity: Severity = .info) -> LogRecord {
        var attributes: [String: Value] = ["n": .int(Int64(number)), "t": .int(Int64(thread))]
        if padding > 0 { attributes["pad"] = .string(String(repeating: "x", count: padding)) }
        return LogRecord(
            timeUnixNano: 1_776_592_800_123_456_789,
            severity: severity,
            body: "record \(number)",
            attributes: attributes,
            instrumentationScope: InstrumentationScope(name: "tests.file")
        )
    }

    /// The lines of a file (without their LF); empty when the file does not exist.
    static func lines(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var text = String(decoding: data, as: UTF8.self)
        guard !text.isEmpty else { return [] }
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Each line parsed as a JSON object (`nil` for a line that is not one).
    static func objects(_ path: String) -> [[String: Any]?] {
        lines(path).map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }

    /// The `n` attribute of every line.
    static func numbers(_ path: String) -> [Int] {
        objects(path).compactMap { ($0?["attributes"] as? [String: Any])?["n"] as? Int }
    }

    static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func permissions(_ path: String) -> UInt32 {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return UInt32(info.st_mode) & 0o777
    }

    /// A channel that keeps its lines in memory instead of writing to stderr.
    static func quietChannel() -> (InternalChannel, CapturedOutput) {
        let output = CapturedOutput()
        return (InternalChannel(output: output.append), output)
    }

    /// A FileSink at `path` (mode 0600, TRACE) whose diagnostics are captured.
    static func quietFileSink(
        _ path: String,
        maxBytes: UInt64 = 0,
        keep: Int = 1,
        delivery: DeliveryOptions = DeliveryOptions()
    ) throws -> (FileSink, CapturedOutput) {
        let (channel, captured) = quietChannel()
        let sink = try FileSink(
            path: path,
            maxBytes: maxBytes,
            keep: keep,
            minSeverity: .trace,
            fileMode: 0o600,
            delivery: delivery,
            diagnostics: channel
        )
        return (sink, captured)
    }
}

/// Lines written by an ``InternalChannel`` under test.
final class CapturedOutput: Sendable {
    private let writes = MutexBox<[[UInt8]]>([])

    @Sendable
    func append(_ bytes: [UInt8]) {
        writes.update { $0.append(bytes) }
    }

    /// One entry per output call.
    var all: [[UInt8]] { writes.value }

    var lines: [String] { all.map { String(decoding: $0, as: UTF8.self) } }
}
