import Logging
import Testing

struct NoOpLogHandlerTests {
    @Test func ignoresEverything() {
        var logger = Logger(label: "quiet", factory: SwiftLogNoOpLogHandler.init)
        logger.logLevel = .trace
        logger[metadataKey: "k"] = "v"
        logger.critical("nothing")
        #expect(logger.logLevel == .critical)
        #expect(logger[metadataKey: "k"] == nil)
        #expect(logger.handler.metadata.isEmpty)
        #expect(SwiftLogNoOpLogHandler().metadataProvider == nil)
    }
}
