import Foundation
import Logging
import Testing

/// Uses the public surface of swift-log 1.16 through `import Logging` (no `@testable`), as existing
/// code does; a compile failure here is a source-compatibility break.
struct PublicSurfaceTests {
    struct Failure: Error {}

    @Test func loggerInitializersAndProperties() {
        let sink = PublicSurfaceHandler.Sink()
        var logger = Logging.Logger(label: "a", factory: { _ in PublicSurfaceHandler(sink: sink) })
        let withProviderFactory = Logger(
            label: "b",
            factory: { _, provider in
                var handler = PublicSurfaceHandler(sink: sink)
                handler.metadataProvider = provider
                return handler
            }
        )
        let plain = Logger(label: "c")
        let provided = Logger(label: "d", metadataProvider: .init { ["p": "1"] })
        #expect(logger.label == "a" && withProviderFactory.label == "b" && plain.label == "c")
        #expect(provided.metadataProvider?.get() == ["p": "1"])
        logger.logLevel = .debug
        logger[metadataKey: "k"] = "v"
        #expect(logger[metadataKey: "k"] == "v")
        logger.handler.logLevel = .notice
        #expect(logger.logLevel == .notice)
        let handler: any LogHandler = logger.handler
        #expect(handler.metadata == ["k": "v"])
        #expect(logger.metadataProvider == nil)
    }

    @Test func everyLoggingOverload() throws {
        let sink = PublicSurfaceHandler.Sink()
        let logger = Logger(label: "all", factory: { _ in PublicSurfaceHandler(sink: sink) })
        let meta: Logger.Metadata = ["m": "1"]
        logger.trace("t1")
        logger.trace("t2", metadata: meta)
        logger.trace("t3", metadata: meta, source: "s")
        logger.trace("t4", error: Failure(), metadata: meta, source: "s")
        logger.debug("d1")
        logger.debug("d2", metadata: meta)
        logger.debug("d3", metadata: meta, source: "s")
        logger.debug("d4", error: Failure())
        logger.info("i1")
        logger.info("i2", metadata: meta)
        logger.info("i3", metadata: meta, source: "s")
        logger.info("i4", error: Failure())
        logger.notice("n1")
        logger.notice("n2", metadata: meta)
        logger.notice("n3", metadata: meta, source: "s")
        logger.notice("n4", error: Failure())
        logger.warning("w1")
        logger.warning("w2", metadata: meta)
        logger.warning("w3", metadata: meta, source: "s")
        logger.warning("w4", error: Failure())
        logger.error("e1")
        logger.error("e2", metadata: meta)
        logger.error("e3", metadata: meta, source: "s")
        logger.error("e4", error: Failure())
        logger.critical("c1")
        logger.critical("c2", metadata: meta)
        logger.critical("c3", metadata: meta, source: "s")
        logger.critical(
            "c4",
            error: Failure(),
            metadata: meta,
            source: "s",
            file: "F/f.swift",
            function: "f()",
            line: 9
        )
        logger.log(level: .info, "l1")
        logger.log(level: .info, "l2", metadata: meta)
        logger.log(level: .info, "l3", metadata: meta, source: "s")
        logger.log(level: .info, "l4", error: Failure(), metadata: meta, source: "s")
        let events = sink.all
        try #require(events.count == 32)
        #expect(events.filter { $0.error is Failure }.count == 8)
        let last = events[27]
        #expect(last.file == "F/f.swift" && last.function == "f()" && last.line == 9 && last.source == "s")
        #expect(events[0].source == "LoggingCompatibilityTests")
    }

    @Test func levelMessageAndMetadataTypes() throws {
        let levels: [Logger.Level] = Logger.Level.allCases
        #expect(levels.sorted() == levels)
        #expect(Logger.Level("WARNING") == .warning && Logger.Level(rawValue: "error") == .error)
        let encoded = try JSONEncoder().encode(Logger.Level.notice)
        #expect(try JSONDecoder().decode(Logger.Level.self, from: encoded) == .notice)
        let message: Logger.Message = "id \(7)"
        #expect(message == "id 7" && message.description == "id 7")
        let value: Logger.Metadata.Value = [
            "s": "text", "c": .stringConvertible(1.5), "a": [.string("x")], "d": .dictionary(["k": "v"]),
        ]
        if case .dictionary(let map) = value {
            #expect(map["c"]?.description == "1.5")
        } else {
            Issue.record("expected a dictionary")
        }
    }

    @Test func metadataValueAttributes() {
        var attributes = Logger.MetadataValueAttributes()
        attributes[Confidentiality.self] = .restricted
        let literal: Logger.MetadataValueAttributes = [Confidentiality.restricted]
        #expect(attributes == literal)
        let interpolated: Logger.MetadataValue = "card \(4242, attributes: attributes)"
        let viaClosure: Logger.MetadataValue = "card \(4242, attributes: { $0[Confidentiality.self] = .open })"
        var assigned: Logger.MetadataValue = "plain"
        assigned.attributes = attributes
        let made = Logger.MetadataValue.attributed("x", attributes: literal)
        #expect(interpolated.attributes[Confidentiality.self] == .restricted)
        #expect(viaClosure.attributes[Confidentiality.self] == .open)
        #expect(assigned.attributes[Confidentiality.self] == .restricted)
        #expect(made.attributes[Confidentiality.self] == .restricted)
    }

    @Test func providersEventsAndHandlers() throws {
        let first = Logger.MetadataProvider { ["a": "1"] }
        let second = Logger.MetadataProvider { ["a": "2"] }
        #expect(Logger.MetadataProvider.multiplex([first, second])?.get() == ["a": "2"])
        var event = LogEvent(
            level: .info,
            message: "m",
            metadata: nil,
            source: nil,
            file: "M/f.swift",
            function: "f",
            line: 1
        )
        let withError = LogEvent(
            level: .error,
            message: "m",
            error: Failure(),
            metadata: ["k": "v"],
            source: "S",
            file: "M/f.swift",
            function: "f",
            line: 2
        )
        #expect(event.source == "M" && withError.source == "S" && withError.error is Failure)
        event.level = .debug
        event.message = "changed"
        event.metadata = ["x": "y"]
        event.error = Failure()
        event.file = "N/g.swift"
        event.function = "g"
        event.line = 3
        #expect(event.source == "N")

        let stream = LineStream()
        var streamHandler = StreamLogHandler(label: "s", stream: stream)
        streamHandler.logLevel = .trace
        streamHandler.metadata = ["h": "1"]
        streamHandler[metadataKey: "h2"] = "2"
        streamHandler.metadataProvider = first
        streamHandler.log(event: withError)
        try #require(stream.all.count == 1)
        #expect(stream.all[0].contains(" error s: a=1 error.message=Failure() "))
        _ = StreamLogHandler(label: "s", stream: stream, metadataProvider: nil)
        _ = [
            StreamLogHandler.standardOutput(label: "o"), StreamLogHandler.standardError(label: "e"),
            StreamLogHandler.standardOutput(label: "o", metadataProvider: nil),
            StreamLogHandler.standardError(label: "e", metadataProvider: nil),
        ]
        let multiplex = MultiplexLogHandler([streamHandler, SwiftLogNoOpLogHandler()])
        let multiplexWithProvider = MultiplexLogHandler([SwiftLogNoOpLogHandler("x")], metadataProvider: second)
        #expect(multiplex.logLevel == .trace)
        #expect(multiplexWithProvider.metadataProvider?.get() == ["a": "2"])
    }

    @Test func taskLocalLoggerForms() async throws {
        let sink = PublicSurfaceHandler.Sink()
        let logger = Logger(label: "tl", factory: { _ in PublicSurfaceHandler(sink: sink) })
        withLogger(logger) { $0.info("sync") }
        withLogger(mergingMetadata: ["k": "v"]) { merged in #expect(merged[metadataKey: "k"] == "v") }
        withLogger(logLevel: .trace, handler: PublicSurfaceHandler(sink: sink), metadata: ["z": "1"]) {
            $0.info("sync3")
        }
        await withLogger(logger) { inner in
            await Task.yield()
            inner.info("async")
            await withLogger(mergingMetadata: ["k": "v"]) { merged in
                await Task.yield()
                Logger.current.info("async2")
                merged.info("async2b")
            }
            await withLogger(logLevel: .debug) { _ in
                await Task.yield()
                Logger.current.debug("async3")
            }
        }
        let result = try withLogger(logger) { _ in try Result<Int, Failure>.success(5).get() }
        #expect(result == 5)
        let labels = sink.all.map(\.message.description)
        #expect(labels == ["sync", "sync3", "async", "async2", "async2b", "async3"])
        #expect(sink.all[3].metadata?["k"] == "v")
    }

    @Test func bootstrapFunctionsHaveSwiftLogSignatures() {
        let oneArgument: (@escaping @Sendable (String) -> any LogHandler) -> Void = LoggingSystem.bootstrap
        let twoArguments:
            (@escaping @Sendable (String, Logger.MetadataProvider?) -> any LogHandler, Logger.MetadataProvider?) -> Void =
                LoggingSystem.bootstrap
        _ = (oneArgument, twoArguments)
        _ = LoggingSystem.metadataProvider
    }
}
