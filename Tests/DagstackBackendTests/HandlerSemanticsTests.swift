import Logging
import Testing

@testable import DagstackBackend

struct HandlerSemanticsTests {
    @Test
    func settingTheLevelOnOneCopyLeavesTheOtherAlone() {
        let pipeline = TestPipeline(rootLevel: .info)
        let logger1 = pipeline.logger()
        var logger2 = logger1
        logger2.logLevel = .error
        #expect(logger1.logLevel == .info)
        #expect(logger2.logLevel == .error)
        logger1.warning("one")
        logger2.warning("two")
        logger2.error("three")
        #expect(pipeline.sink.bodies == ["one", "three"])
    }

    @Test
    func metadataOnOneCopyLeavesTheOtherAlone() {
        let pipeline = TestPipeline(includeCodeLocation: false)
        let logger1 = pipeline.logger()
        var logger2 = logger1
        logger2[metadataKey: "copy"] = "2"
        #expect(logger1[metadataKey: "copy"] == nil)
        logger1.info("one")
        logger2.info("two")
        #expect(pipeline.sink.records().map { $0.attributes["copy"] } == [nil, "2"])
    }

    @Test
    func anExplicitLevelWinsOverTheConfiguration() {
        let pipeline = TestPipeline(rootLevel: .warn)
        var logger = pipeline.logger()
        #expect(logger.logLevel == .warning)
        logger.debug("dropped")
        logger.logLevel = .debug
        logger.debug("kept")
        logger.trace("dropped too")
        #expect(pipeline.sink.bodies == ["kept"])
    }

    @Test
    func withLoggerLogLevelOverridesForTheScope() {
        let pipeline = TestPipeline(rootLevel: .info)
        withLogger(pipeline.logger()) { _ in
            withLogger(logLevel: .trace) { logger in
                logger.trace("scoped")
            }
            Logger.current.trace("outside")
        }
        #expect(pipeline.sink.bodies == ["scoped"])
    }

    @Test
    func theLevelFollowsAReconfiguration() throws {
        let registry = LoggerRegistry()
        let sink = InMemorySink()
        try registry.configure(rootLevel: "INFO", sinks: [sink])
        let logger = Logger(label: "app.db") { DagstackLogHandler(label: $0, registry: registry) }
        #expect(logger.logLevel == .info)
        logger.debug("before")
        try registry.reconfigure(rootLevel: "INFO", sinks: [sink], perLoggerLevels: ["app": "DEBUG"])
        #expect(logger.logLevel == .debug)
        logger.debug("after")
        try registry.reconfigure(rootLevel: "ERROR", sinks: [sink])
        #expect(logger.logLevel == .error)
        logger.warning("dropped")
        #expect(sink.bodies == ["after"])
    }

    @Test
    func recordsGoToTheSinksOfTheCurrentConfiguration() throws {
        let registry = LoggerRegistry()
        let first = InMemorySink()
        let second = InMemorySink()
        try registry.configure(sinks: [first])
        let logger = Logger(label: "x") { DagstackLogHandler(label: $0, registry: registry) }
        logger.info("one")
        try registry.reconfigure(sinks: [second])
        logger.info("two")
        #expect(first.bodies == ["one"])
        #expect(second.bodies == ["two"])
    }

    @Test
    func severitiesAboveCriticalDropEveryFacadeLevel() throws {
        let pipeline = TestPipeline(rootLevel: try Severity(number: 22))
        let logger = pipeline.logger()
        #expect(logger.logLevel == .critical)
        logger.critical("dropped")
        #expect(pipeline.sink.count == 0)
    }

    @Test
    func handlersOfOneLabelShareOneNode() {
        let registry = LoggerRegistry()
        let first = DagstackLogHandler(label: "a.b", registry: registry)
        let second = DagstackLogHandler(label: "a.b", registry: registry)
        let other = DagstackLogHandler(label: "a", registry: registry)
        #expect(first.node === second.node)
        #expect(first.node !== other.node)
    }

    @Test
    func resourceAndTraceContextComeFromTheRegistry() throws {
        let sink = InMemorySink()
        let factory = DagstackLogHandler.factory(
            sinks: [sink],
            resourceAttributes: ["service.name": "orders"],
            includeCodeLocation: false
        )
        let logger = Logger(label: "x", factory: factory)
        let trace = try TraceContext(traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        withTraceContext(trace) {
            withBaggage(["tenant.id": "acme"]) {
                logger.info("traced")
            }
        }
        logger.info("untraced")
        let records = sink.records()
        try #require(
            records.map(\.resource) == Array(repeating: Resource(attributes: ["service.name": "orders"]), count: 2)
        )
        #expect(records[0].traceID == trace.traceID)
        #expect(records[0].spanID == trace.spanID)
        #expect(records[0].traceFlags == 1)
        #expect(records[0].attributes["tenant.id"] == "acme")
        #expect(records[1].traceID == nil)
        #expect(records[1].attributes["tenant.id"] == nil)
    }
}
