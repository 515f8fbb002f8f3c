import DagstackCore
import Testing

@testable import DagstackLogger

/// The only suite that touches the process-wide registry; it resets it around each test.
@Suite("Shared registry", .serialized)
struct SharedRegistryTests {
    init() {
        LoggerRegistry.shared.resetForTesting()
    }

    @Test func getUsesTheSharedRegistryByDefault() throws {
        defer { LoggerRegistry.shared.resetForTesting() }
        let sink = InMemorySink()
        try LoggerRegistry.shared.configure(rootLevel: "DEBUG", sinks: [sink])
        let logger = Logger.get("shared.test")
        #expect(logger === Logger.get("shared.test"))
        #expect(logger.registry === LoggerRegistry.shared)
        logger.debug("hello")
        #expect(sink.records().map(\.body) == ["hello"])
    }

    @Test func resetRestoresTheUnconfiguredStateAndForgetsLoggers() throws {
        defer { LoggerRegistry.shared.resetForTesting() }
        let sink = InMemorySink()
        try LoggerRegistry.shared.configure(rootLevel: "TRACE", sinks: [sink])
        let before = Logger.get("shared.reset")
        LoggerRegistry.shared.resetForTesting()
        #expect(Logger.get("shared.reset") !== before)
        before.info("nowhere")
        #expect(sink.records().isEmpty)
        #expect(!before.isEnabled(.debug))
        #expect(before.isEnabled(.info))
    }
}
