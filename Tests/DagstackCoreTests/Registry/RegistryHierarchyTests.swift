import Testing

@testable import DagstackCore

@Suite("Registry: hierarchy, levels and policies")
struct RegistryHierarchyTests {
    @Test(arguments: [
        ("a.b.c", 5), ("a.b.c.d", 5), ("a.b", 17), ("a.bc", 13), ("a", 13), ("a.x", 13), ("other", 9), ("", 9),
    ])
    func levelComesFromTheNearestConfiguredAncestor(name: String, expected: Int) throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            rootLevel: "info",
            perLoggerLevels: ["a": "WARNING", "a.b": "error", "a.b.c": "5"]
        )
        #expect(harness.registry.policy(for: name).minSeverity.number == expected)
    }

    @Test(arguments: [
        ("TRACE", 1), ("debug", 5), ("Info", 9), ("WARN", 13), ("warning", 13), ("ERROR", 17), ("fatal", 21),
        ("CRITICAL", 21), ("10", 10), (" 24 ", 24),
    ])
    func levelNamesAndNumbersAreAccepted(level: String, expected: Int) throws {
        let harness = RegistryHarness()
        try harness.registry.configure(rootLevel: level)
        #expect(harness.registry.policy(for: "x").minSeverity.number == expected)
    }

    @Test func unknownLevelNameIsAClearErrorAndChangesNothing() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(rootLevel: "DEBUG", sinks: [sink])
        let error = #expect(throws: ConfigurationError.self) {
            try harness.registry.reconfigure(rootLevel: "INFO", sinks: [], perLoggerLevels: ["db": "VERBOSE"])
        }
        #expect(error?.code == .invalidLevel)
        #expect(
            error?.message
                == "level of logger \"db\": unknown severity name \"VERBOSE\"; expected one of TRACE, DEBUG, INFO, "
                + "WARN, WARNING, ERROR, FATAL, CRITICAL (any case) or a number from 1 to 24"
        )
        harness.emit("db", .debug, "still configured")
        #expect(sink.records().map(\.body) == ["still configured"])
    }

    @Test func outOfRangeRootLevelIsRejected() {
        let harness = RegistryHarness()
        let error = #expect(throws: ConfigurationError.self) { try harness.registry.configure(rootLevel: "25") }
        #expect(error?.code == .invalidLevel)
        #expect(error?.message.hasPrefix("root level: severity number 25 is outside 1...24") == true)
    }

    @Test func recordsBelowTheLevelNeverReachASink() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(rootLevel: "WARN", sinks: [sink], perLoggerLevels: ["chatty": "TRACE"])
        harness.emit("quiet", .info, "dropped")
        harness.emit("quiet", .warn, "kept")
        harness.emit("chatty.child", .trace, "kept too")
        #expect(sink.records().map(\.body) == ["kept", "kept too"])
    }

    @Test func policyIsCachedPerGenerationAndRenewedByReconfigure() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(rootLevel: "INFO")
        let first = harness.registry.policy(for: "a.b")
        let again = harness.registry.policy(for: "a.b")
        #expect(first.generation == again.generation)
        #expect(first.generation == harness.registry.generation)
        try harness.registry.reconfigure(rootLevel: "ERROR")
        #expect(harness.registry.generation > first.generation)
        let renewed = harness.registry.policy(for: "a.b")
        #expect(renewed.generation == harness.registry.generation)
        #expect(renewed.minSeverity == .error)
    }

    @Test func policyCacheRefreshesOnlyWhenTheGenerationMoves() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(rootLevel: "INFO")
        let cache = PolicyCache(registry: harness.registry, name: "svc", scope: InstrumentationScope(name: "svc"))
        #expect(cache.current().policy.minSeverity == .info)
        try harness.registry.reconfigure(rootLevel: "DEBUG")
        #expect(cache.current().policy.minSeverity == .debug)
        #expect(cache.current().policy.generation == harness.registry.generation)
    }

    @Test func resourceAndAutoInjectFlagReachThePolicy() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(resourceAttributes: ["service.name": "orders"], autoInjectTraceContext: false)
        let policy = harness.registry.policy(for: "x")
        #expect(policy.resource == Resource(attributes: ["service.name": "orders"]))
        #expect(!policy.autoInjectTraceContext)
        try harness.registry.reconfigure()
        #expect(harness.registry.policy(for: "x").resource == nil)
    }

    @Test func frontendObjectsAreOnePerNameAndType() {
        let registry = LoggerRegistry()
        final class Box: Sendable {}
        let first = registry.frontend(Box.self, named: "a") { Box() }
        let second = registry.frontend(Box.self, named: "a") { Box() }
        let other = registry.frontend(Box.self, named: "b") { Box() }
        #expect(first === second)
        #expect(first !== other)
    }

    @Test func internalLoggerWritesToTheInternalChannelNotTheRootSinks() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(rootLevel: "TRACE", sinks: [sink])
        harness.emit("dagstack.logger.internal", .warn, "sink misbehaved")
        harness.emit("dagstack.logger.internal.sub", .error, "nested")
        harness.emit("dagstack.logger.internal", .info, "below WARN")
        harness.emit("dagstack.logger.internalx", .warn, "ordinary logger")
        #expect(sink.records().map(\.body) == ["ordinary logger"])
        #expect(harness.diagnostics.contains("\"body\":\"sink misbehaved\""))
        #expect(harness.diagnostics.contains("\"body\":\"nested\""))
        #expect(!harness.diagnostics.contains("below WARN"))
    }
}
