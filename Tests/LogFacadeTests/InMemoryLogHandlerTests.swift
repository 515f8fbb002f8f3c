import InMemoryLogging
import Logging
import Testing

struct InMemoryLogHandlerTests {
    struct Oops: Error, CustomStringConvertible {
        var code: Int
        var description: String { "oops \(self.code)" }
    }

    @Test func recordsMergedEntriesInOrder() {
        var handler = InMemoryLogHandler()
        handler.metadata = ["h": "1", "shared": "handler"]
        handler.metadataProvider = Logger.MetadataProvider { ["p": "2", "shared": "provider"] }
        let logger = Logger(label: "mem", factory: { _ in handler })
        logger.debug("below default level")
        logger.info("first")
        logger.error("second", error: Oops(code: 1), metadata: ["shared": "call"])
        #expect(
            handler.entries == [
                .init(level: .info, message: "first", metadata: ["h": "1", "p": "2", "shared": "provider"]),
                .init(
                    level: .error,
                    message: "second",
                    error: Oops(code: 1),
                    metadata: ["h": "1", "p": "2", "shared": "call"]
                ),
            ]
        )
    }

    @Test func entriesCompareErrorsByTypeAndDescription() {
        let a = InMemoryLogHandler.Entry(level: .info, message: "m", error: Oops(code: 1), metadata: [:])
        let b = InMemoryLogHandler.Entry(level: .info, message: "m", error: Oops(code: 2), metadata: [:])
        let c = InMemoryLogHandler.Entry(level: .info, message: "m", metadata: [:])
        #expect(a == a)
        #expect(a != b)
        #expect(a != c)
    }

    @Test func copiesShareOneStoreAndClearEmptiesIt() {
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "mem", factory: { _ in handler })
        logger.logLevel = .trace
        logger.trace("via copy of handler")
        #expect(handler.entries.count == 1)
        handler.clear()
        #expect(handler.entries.isEmpty)
    }
}
