import DagstackBackend
import Logging
import Testing

/// Per-logger levels from configuration and from the environment apply to facade loggers by label.
struct LevelConfigurationTests {
    /// A registry configured from a `logging:` section and an environment, with its in-memory sink.
    static func configured(
        loggers: [String: LoggerConfiguration],
        rootLevel: String = "INFO",
        environment: [String: String] = [:]
    ) throws -> (LoggerRegistry, InMemorySink) {
        let registry = LoggerRegistry()
        try registry.configure(
            LoggingConfiguration(
                level: rootLevel,
                loggers: loggers,
                sinks: [SinkConfiguration(id: "memory", type: "in-memory")]
            ),
            environment: environment
        )
        let sink = try #require(registry.sink(configuredAs: "memory") as? InMemorySink)
        return (registry, sink)
    }

    /// Logs once at every level through a facade logger with `label`; returns the severities kept.
    static func kept(label: String, registry: LoggerRegistry, sink: InMemorySink) -> [Int] {
        sink.clear()
        let logger = Logger(label: label) { DagstackLogHandler(label: $0, registry: registry) }
        for level in Logger.Level.allCases {
            logger.log(level: level, "m")
        }
        return sink.records().map(\.severity.number)
    }

    @Test(arguments: [
        ("app", Logger.Level.warning, [13, 17, 21]),
        ("app.db", .debug, [5, 9, 10, 13, 17, 21]),
        ("app.db.pool", .debug, [5, 9, 10, 13, 17, 21]),
        ("app.db.pool.conn", .trace, [1, 5, 9, 10, 13, 17, 21]),
        ("app.dbx", .warning, [13, 17, 21]),
        ("app.http", .warning, [13, 17, 21]),
        ("other", .info, [9, 10, 13, 17, 21]),
        ("", .info, [9, 10, 13, 17, 21]),
    ])
    func configuredLevelsApplyByLabelWithInheritance(label: String, level: Logger.Level, kept: [Int]) throws {
        let (registry, sink) = try Self.configured(loggers: [
            "app": LoggerConfiguration(level: "WARN"),
            "app.db": LoggerConfiguration(level: "debug"),
            "app.db.pool.conn": LoggerConfiguration(level: "1"),
        ])
        let logger = Logger(label: label) { DagstackLogHandler(label: $0, registry: registry) }
        #expect(logger.logLevel == level)
        #expect(Self.kept(label: label, registry: registry, sink: sink) == kept)
    }

    @Test(arguments: [
        ("app", Logger.Level.warning, [13, 17, 21]),
        ("app.db", .error, [17, 21]),
        ("app.db.pool", .error, [17, 21]),
        ("app.http.client", .trace, [1, 5, 9, 10, 13, 17, 21]),
        ("app.http", .warning, [13, 17, 21]),
        ("other", .notice, [10, 13, 17, 21]),
    ])
    func environmentLevelsApplyByLabelWithInheritance(label: String, level: Logger.Level, kept: [Int]) throws {
        let (registry, sink) = try Self.configured(
            loggers: ["app": LoggerConfiguration(level: "WARN"), "app.db": LoggerConfiguration(level: "DEBUG")],
            environment: ["LOG_LEVEL": "10", "LOG_LEVEL_APP_DB": "ERROR", "LOG_LEVEL_APP_HTTP_CLIENT": "trace"]
        )
        let logger = Logger(label: label) { DagstackLogHandler(label: $0, registry: registry) }
        #expect(logger.logLevel == level)
        #expect(Self.kept(label: label, registry: registry, sink: sink) == kept)
    }

    @Test
    func perLoggerLevelsOfTheFactoryApplyByLabel() {
        let pipeline = TestPipeline(rootLevel: .info, perLoggerLevels: ["db": .debug, "db.pool": .error])
        #expect(pipeline.logger("db").logLevel == .debug)
        #expect(pipeline.logger("db.query").logLevel == .debug)
        #expect(pipeline.logger("db.pool.conn").logLevel == .error)
        #expect(pipeline.logger("dbx").logLevel == .info)
    }

    @Test
    func perLoggerSinksFromConfigurationApplyByLabel() throws {
        let registry = LoggerRegistry()
        try registry.configure(
            LoggingConfiguration(
                loggers: ["audit": LoggerConfiguration(sinks: ["audit-memory"])],
                sinks: [
                    SinkConfiguration(id: "main-memory", type: "in-memory"),
                    SinkConfiguration(id: "audit-memory", type: "in-memory"),
                ]
            ),
            environment: [:]
        )
        let main = try #require(registry.sink(configuredAs: "main-memory") as? InMemorySink)
        let audit = try #require(registry.sink(configuredAs: "audit-memory") as? InMemorySink)
        for label in ["audit", "audit.login", "auditor", "web"] {
            Logger(label: label) { DagstackLogHandler(label: $0, registry: registry) }.info("from \(label)")
        }
        #expect(audit.bodies == ["from audit", "from audit.login"])
        #expect(main.bodies == ["from auditor", "from web"])
    }
}
