import Foundation
import Logging
import Synchronization
import Testing

/// Error types named as in the golden file (made with swift-log 1.16.2's own StreamLogHandler).
struct Boom: Error, CustomStringConvertible {
    var description: String { "boom happened" }
}

enum Failure: Error {
    case disk(code: Int)
}

final class CapturingStream: TextOutputStream, Sendable {
    let lines = Mutex<[String]>([])
    func write(_ string: String) { self.lines.withLock { $0.append(string) } }
    var all: [String] { self.lines.withLock { $0 } }
}

struct StreamLogHandlerTests {
    private func make(
        _ label: String,
        _ stream: CapturingStream,
        provider: Logger.MetadataProvider? = nil
    ) -> Logger {
        var logger = Logger(
            label: label,
            factory: { StreamLogHandler(label: $0, stream: stream, metadataProvider: provider) }
        )
        logger.logLevel = .trace
        return logger
    }

    /// The same calls, in the same order, that produced `Fixtures/stream-log-handler.golden` with
    /// swift-log 1.16.2 (the golden drops each line's timestamp and writes the module as `{MODULE}`).
    @Test func linesMatchSwiftLogByteForByte() throws {
        let capture = CapturingStream()
        var a = make("orders", capture)
        a.trace("trace message")
        a.debug("debug message")
        a.info("plain info")
        a.notice("notice with metadata", metadata: ["k": "v", "a": "1"])
        a.warning("warning with source", source: "CustomSource")
        a.error("error with error", error: Boom())
        a.critical("critical with enum error", error: Failure.disk(code: 28), metadata: ["path": "/var/log"])
        a[metadataKey: "request.id"] = "r-1"
        a.info("handler metadata")
        a.info("call-site overrides", metadata: ["request.id": "r-2"])
        a.info(
            "nested",
            metadata: [
                "list": ["x", "y"], "dict": ["only": "one"], "num": .stringConvertible(42), "empty": [:],
                "emptyList": [],
            ]
        )
        a.info("quotes", metadata: ["q": "he said \"hi\"", "list": ["a \"b\"", .stringConvertible(3.5)]])
        let b = make(
            "",
            capture,
            provider: Logger.MetadataProvider { ["provided": "p", "request.id": "from-provider"] }
        )
        b.info("empty label with provider")
        var c = make("svc", capture, provider: Logger.MetadataProvider { ["request.id": "from-provider"] })
        c[metadataKey: "request.id"] = "from-handler"
        c[metadataKey: "h"] = "1"
        c.info("precedence", metadata: ["z": "call"])
        c.info("precedence-call", metadata: ["request.id": "from-call"])
        c.log(level: .notice, "via log(level:)", metadata: ["x": "1"])
        let msg = "interpolated \(42) and \("text")"
        c.info("\(msg)")
        c.info("unicode ✓ 日本 \u{1F600}", metadata: ["ключ": "значение"])

        let url = try #require(
            Bundle.module.url(forResource: "stream-log-handler", withExtension: "golden", subdirectory: "Fixtures")
        )
        let golden = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "{MODULE}", with: "LogFacadeTests")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
            .map { $0 + "\n" }
        let produced = capture.all.map { line in
            String(line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)[1])
        }
        #expect(produced.count == golden.count)
        for (ours, theirs) in zip(produced, golden) {
            #expect(ours == theirs)
        }
    }

    @Test func timestampIsLocalISO8601WithOffset() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssZ"
        for seconds in [0, 1_776_592_800, 951_782_400, 2_147_483_647] {
            let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(StreamLogHandler.timestamp(seconds) == expected)
        }
    }

    @Test func lineStartsWithTheHandlersClock() {
        let capture = CapturingStream()
        var handler = StreamLogHandler(label: "clock", stream: capture, metadataProvider: nil)
        handler.now = { 1_776_592_800 }
        let logger = Logger(label: "clock", factory: { _ in handler })
        logger.info("tick")
        #expect(capture.all == ["\(StreamLogHandler.timestamp(1_776_592_800)) info clock: [LogFacadeTests] tick\n"])
    }

    @Test func defaultLevelIsInfo() {
        let capture = CapturingStream()
        let logger = Logger(label: "x", factory: { StreamLogHandler(label: $0, stream: capture) })
        #expect(logger.logLevel == .info)
        logger.debug("hidden")
        logger.info("shown")
        #expect(capture.all.count == 1)
    }

    @Test func standardStreamFactoriesMakeInfoHandlers() {
        let provider = Logger.MetadataProvider { [:] }
        let handlers = [
            StreamLogHandler.standardOutput(label: "o"),
            StreamLogHandler.standardError(label: "e"),
            StreamLogHandler.standardOutput(label: "o", metadataProvider: provider),
            StreamLogHandler.standardError(label: "e", metadataProvider: provider),
        ]
        #expect(handlers.allSatisfy { $0.logLevel == .info && $0.metadata.isEmpty })
        #expect(handlers[2].metadataProvider != nil && handlers[3].metadataProvider != nil)
    }
}
