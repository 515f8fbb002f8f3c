import Logging
import Testing

struct MultiplexLogHandlerTests {
    @Test func forwardsToEachHandlerThatAdmitsTheLevel() {
        let verbose = RecordingHandler.Box()
        let quiet = RecordingHandler.Box()
        let multiplex = MultiplexLogHandler([
            RecordingHandler(box: verbose, logLevel: .debug),
            RecordingHandler(box: quiet, logLevel: .error),
        ])
        #expect(multiplex.logLevel == .debug)
        let logger = Logger(label: "m", factory: { _ in multiplex })
        logger.trace("none")
        logger.info("verbose only")
        logger.error("both")
        #expect(verbose.all.map(\.message) == ["verbose only", "both"])
        #expect(quiet.all.map(\.message) == ["both"])
    }

    @Test func settingLevelAndMetadataReachesEveryHandler() {
        let first = RecordingHandler.Box()
        let second = RecordingHandler.Box()
        var logger = Logger(
            label: "m",
            factory: { _ in MultiplexLogHandler([RecordingHandler(box: first), RecordingHandler(box: second)]) }
        )
        logger.logLevel = .warning
        logger[metadataKey: "k"] = "v"
        logger.info("dropped")
        logger.warning("kept")
        #expect(first.all.map(\.message) == ["kept"])
        #expect(second.all.map(\.message) == ["kept"])
        #expect(logger[metadataKey: "k"] == "v")
        #expect(logger.handler.metadata == ["k": "v"])
    }

    @Test func metadataCombinesHandlersAndProviders() {
        var one = RecordingHandler()
        one.metadata = ["a": "1", "shared": "one"]
        one.metadataProvider = Logger.MetadataProvider { ["p1": "x"] }
        var two = RecordingHandler()
        two.metadata = ["b": "2", "shared": "two"]
        let own = Logger.MetadataProvider { ["own": "y"] }
        let multiplex = MultiplexLogHandler([one, two], metadataProvider: own)
        #expect(multiplex.metadata == ["a": "1", "b": "2", "shared": "two", "p1": "x", "own": "y"])
        #expect(multiplex.metadataProvider?.get() == ["p1": "x", "own": "y"])
        #expect(multiplex[metadataKey: "shared"] == "one")
    }

    @Test func ownProviderIsMergedUnderCallSiteMetadata() {
        let box = RecordingHandler.Box()
        let multiplex = MultiplexLogHandler(
            [RecordingHandler(box: box)],
            metadataProvider: Logger.MetadataProvider { ["trace": "t", "k": "provider"] }
        )
        let logger = Logger(label: "m", factory: { _ in multiplex })
        logger.info("x", metadata: ["k": "call"])
        #expect(box.all.first?.metadata == ["trace": "t", "k": "call"])
    }
}
