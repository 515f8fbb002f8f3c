import DagstackBackend
import Logging
import Synchronization
import Testing

@testable import DagstackCore

/// Log calls made from inside the pipeline — by a metadata provider — never recurse.
struct ReentrancyTests {
    @Test func aMetadataProviderThatLogsDoesNotRecurse() {
        let captured = Mutex<[String]>([])
        let channel = InternalChannel(
            limiter: RateLimiter(intervalNanoseconds: 0),
            output: { bytes in captured.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) } }
        )
        let registry = LoggerRegistry(diagnostics: channel)
        let sink = InMemorySink()
        try? registry.configure(rootLevel: "TRACE", sinks: [sink])
        let calls = Mutex(0)
        let provider = Logger.MetadataProvider {
            calls.withLock { $0 += 1 }
            // A provider that logs: without the guard this recurses through the provider forever.
            Logger(label: "provider", factory: { DagstackLogHandler(label: $0, registry: registry) })
                .warning("provider was asked")
            return ["request.id": "r-1"]
        }
        let logger = Logger(
            label: "app",
            factory: { DagstackLogHandler(label: $0, registry: registry, metadataProvider: provider) }
        )
        logger.info("outer")
        #expect(calls.withLock { $0 } == 1)
        #expect(sink.bodies == ["outer"])
        #expect(sink.records().first?.attributes["request.id"] == "r-1")
        #expect(captured.withLock { $0 }.contains { $0.contains("re-entering the pipeline: provider was asked") })
        logger.info("again")
        #expect(sink.bodies == ["outer", "again"])
    }
}
