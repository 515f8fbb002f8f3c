import DagstackBackend
import Logging
import Testing

// The code of MIGRATING.md, "Unit tests": runs as a test, since it touches no global state.
struct TestingWithInMemorySink {
    @Test
    func checkoutLogsTheOrder() throws {
        let sink = InMemorySink()
        let logger = Logger(label: "checkout", factory: DagstackLogHandler.factory(sinks: [sink]))

        logger.info("order placed", metadata: ["order.id": "42", "total": .stringConvertible(19.99)])

        let record = try #require(sink.records().first)
        #expect(record.severityText == "INFO")
        #expect(record.body == "order placed")
        #expect(record.attributes["order.id"] == "42")
        #expect(record.attributes["total"] == .double(19.99))
        #expect(sink.records(severity: Severity(.info)).count == 1)
    }
}
