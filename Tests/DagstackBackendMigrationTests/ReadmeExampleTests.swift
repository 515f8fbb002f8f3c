import DagstackBackend
import Logging
import Testing

/// The README's "Testing your logging" example, kept compiling and passing.
struct ReadmeExampleTests {
    @Test func readmeInMemorySinkExample() {
        let sink = InMemorySink()
        let logger = Logger(label: "checkout", factory: DagstackLogHandler.factory(sinks: [sink]))
        logger.warning("retrying", metadata: ["attempt": .stringConvertible(2)])
        #expect(sink.records(atLeast: .warn).first?.attributes["attempt"] == 2)
        #expect(sink.records().first?.instrumentationScope?.name == "checkout")
    }
}
