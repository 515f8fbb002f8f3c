import DagstackBackend
import DagstackLogger
import Logging
import Testing

/// The facade's loggers and the native ones share one registry: one configuration, one set of
/// sinks, the same names. (This file imports both modules, so it spells out which `Logger`.)
struct MixedFrontEndsTests {
    @Test
    func facadeAndNativeLoggersOfOneNameShareLevelsAndSinks() throws {
        let registry = LoggerRegistry()
        let sink = InMemorySink()
        try registry.configure(rootLevel: "WARN", sinks: [sink], perLoggerLevels: ["orders": "DEBUG"])
        let facade = Logging.Logger(label: "orders.api") { DagstackLogHandler(label: $0, registry: registry) }
        let native = DagstackLogger.Logger.get("orders.api", registry: registry)

        facade.debug("from the facade", metadata: ["n": .stringConvertible(1)])
        native.debug("from the native logger", attributes: ["n": 2])
        Logging.Logger(label: "web") { DagstackLogHandler(label: $0, registry: registry) }.info("dropped")
        DagstackLogger.Logger.get("web", registry: registry).info("dropped too")

        let records = sink.records()
        #expect(records.map(\.body) == ["from the facade", "from the native logger"])
        #expect(records.map(\.instrumentationScope?.name) == ["orders.api", "orders.api"])
        #expect(records.map { $0.attributes["n"] } == [.int(1), .int(2)])
        #expect(records.map(\.severity) == [.debug, .debug])
    }

    @Test
    func nativeScopedSinksCoverFacadeLoggersOfTheName() throws {
        let registry = LoggerRegistry()
        let configured = InMemorySink()
        let scoped = InMemorySink()
        try registry.configure(sinks: [configured])
        let facade = Logging.Logger(label: "jobs.import") { DagstackLogHandler(label: $0, registry: registry) }
        DagstackLogger.Logger.get("jobs", registry: registry).withScopedSinks([scoped]) {
            facade.info("inside")
        }
        facade.info("outside")
        #expect(scoped.bodies == ["inside"])
        #expect(configured.bodies == ["outside"])
    }

    @Test
    func theRootIsNamedRootByBothFrontEnds() throws {
        let sink = InMemorySink()
        let registry = LoggerRegistry()
        try registry.configure(sinks: [sink])
        Logging.Logger(label: "") { DagstackLogHandler(label: $0, registry: registry) }.info("facade")
        DagstackLogger.Logger.get("", registry: registry).info("native")
        #expect(sink.records().map(\.instrumentationScope?.name) == ["root", "root"])
    }
}
