import DagstackLogger
import Testing

/// This file imports only `DagstackLogger`: the core types its API uses must come with it.
@Suite("One import is enough")
struct SingleImportTests {
    @Test func readmeStyleUsageCompilesWithOneImport() throws {
        let registry = LoggerRegistry()
        let sink = InMemorySink()
        try registry.configure(rootLevel: "DEBUG", sinks: [sink], resourceAttributes: ["service.name": "demo"])
        let logger = Logger.get("demo.api", version: "1.0", registry: registry)
        let context = try TraceContext(traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        withTraceContext(context) {
            logger.child(attributes: ["request.id": "r-1"]).info("handled", attributes: ["status": 200])
        }
        let record = try #require(sink.records().first)
        #expect(record.attributes == ["request.id": "r-1", "status": 200])
        #expect(record.traceID == context.traceID)
        #expect(registry.shutdown(timeout: .seconds(1)).success)
    }
}
