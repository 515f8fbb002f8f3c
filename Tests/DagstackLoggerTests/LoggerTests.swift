import DagstackCore
import Testing

@testable import DagstackLogger

@Suite("Logger: registry, severities, exceptions, derived loggers")
struct LoggerTests {
    @Test func sameNameGivesTheSameLoggerPerRegistry() throws {
        let test = try TestRegistry()
        #expect(test.logger("a.b") === test.logger("a.b"))
        #expect(test.logger("a.b") !== test.logger("a"))
        let other = try TestRegistry()
        #expect(test.logger("a.b") !== other.logger("a.b"))
    }

    @Test func scopeIsTheNameOrRootWithTheVersion() throws {
        let test = try TestRegistry()
        test.logger("", version: "1.0").info("r")
        test.logger("svc.db", version: "2.1").info("d")
        test.logger("svc.db", version: "2.2").info("updated")
        test.logger("svc.db").info("kept")
        let scopes = test.sink.records().map(\.instrumentationScope)
        #expect(
            scopes == [
                InstrumentationScope(name: "root", version: "1.0"),
                InstrumentationScope(name: "svc.db", version: "2.1"),
                InstrumentationScope(name: "svc.db", version: "2.2"),
                InstrumentationScope(name: "svc.db", version: "2.2"),
            ]
        )
    }

    @Test func primaryMethodsUseThePrimarySeverityNumbers() throws {
        let test = try TestRegistry()
        let logger = test.logger("x")
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.warn("w")
        logger.error("e")
        logger.fatal("f")
        logger.log(severityNumber: 10, "notice")
        #expect(test.sink.records().map(\.severity.number) == [1, 5, 9, 13, 17, 21, 10])
        #expect(test.sink.records().last?.severityText == "INFO")
    }

    @Test(arguments: [(0, 1), (-5, 1), (25, 24), (1000, 24)])
    func outOfRangeSeverityNumbersAreClampedAndReported(number: Int, clamped: Int) throws {
        let test = try TestRegistry()
        test.logger("x").log(severityNumber: number, "odd")
        #expect(test.sink.records().map(\.severity.number) == [clamped])
        #expect(test.diagnostics.contains("severity number \(number) is outside 1...24; the record was clamped"))
    }

    @Test func levelsFollowTheHierarchyAndReconfiguration() throws {
        let test = try TestRegistry(rootLevel: "WARN", perLoggerLevels: ["db": "DEBUG"])
        let pool = test.logger("db.pool")
        let web = test.logger("web")
        pool.debug("pool debug")
        web.info("web info")
        web.warn("web warn")
        try test.registry.reconfigure(rootLevel: "INFO", sinks: [test.sink])
        pool.debug("dropped now")
        web.info("web info now")
        #expect(test.sink.records().map(\.body) == ["pool debug", "web warn", "web info now"])
        #expect(!pool.isEnabled(.debug))
    }

    @Test func exceptionRecordsTypeMessageAndStack() throws {
        struct PaymentDeclined: Error, CustomStringConvertible {
            var description: String { "card declined" }
        }
        let test = try TestRegistry()
        test.logger("pay").exception(PaymentDeclined(), attributes: ["order.id": 7, "exception.message": "override"])
        let record = try #require(test.sink.records().first)
        #expect(record.severity == .error)
        #expect(record.body == "card declined")
        #expect(record.attributes["exception.type"] == .string(String(reflecting: PaymentDeclined.self)))
        #expect(record.attributes["exception.type"]?.stringValue?.hasSuffix("PaymentDeclined") == true)
        #expect(record.attributes["exception.message"] == "override")
        #expect(record.attributes["order.id"] == 7)
        #expect(record.attributes["exception.stacktrace"]?.stringValue?.isEmpty == false)
    }

    @Test func exceptionTakesAnExplicitBody() throws {
        let test = try TestRegistry()
        test.logger().exception(CancellationError(), body: "cancelled while loading")
        #expect(test.sink.records().first?.body == "cancelled while loading")
    }

    @Test func childAttributesMergeUnderTheCallSite() throws {
        let test = try TestRegistry()
        let child = test.logger("svc").child(attributes: ["a": 1, "b": 1]).child(attributes: ["b": 2, "c": 2])
        child.info("x", attributes: ["c": 3, "d": 3])
        #expect(test.sink.records().first?.attributes == ["a": 1, "b": 2, "c": 3, "d": 3])
        #expect(child.attributes == ["a": 1, "b": 2, "c": 2])
        #expect(test.logger("svc").attributes.isEmpty)
    }

    @Test func detachedSinkOverridesDoNotTouchTheRegistry() throws {
        let test = try TestRegistry()
        let extra = InMemorySink()
        let only = InMemorySink()
        let logger = test.logger("svc")
        logger.withSinks([only]).info("only")
        logger.appendSinks([extra]).info("both")
        logger.withoutSinks().info("nowhere")
        logger.info("configured")
        #expect(only.records().map(\.body) == ["only"])
        #expect(extra.records().map(\.body) == ["both"])
        #expect(test.sink.records().map(\.body) == ["both", "configured"])
    }

    @Test func flushAndCloseActOnTheLoggersSinksAndAreIdempotent() throws {
        let test = try TestRegistry()
        let own = InMemorySink()
        let logger = test.logger("svc").withSinks([own])
        logger.info("x")
        #expect(logger.flush(timeout: .seconds(1)).success)
        #expect(logger.close(timeout: .seconds(1)).success)
        #expect(logger.close(timeout: .seconds(1)).success)
        logger.info("after close")
        #expect(own.records().count == 1)
        #expect(own.counters?.droppedAfterClose == 1)
        test.logger("svc").info("registry sinks still open")
        #expect(test.sink.records().count == 1)
    }

    @Test func valueLiteralsMakeAttributesPleasant() throws {
        let test = try TestRegistry()
        test.logger().info("order placed", attributes: ["id": 42, "total": 9.5, "vip": true, "tags": ["a", "b"]])
        #expect(
            test.sink.records().first?.attributes == [
                "id": .int(42), "total": .double(9.5), "vip": .bool(true), "tags": .array(["a", "b"]),
            ]
        )
    }

    @Test func resourceAndBaggageReachNativeRecords() throws {
        let test = try TestRegistry(resourceAttributes: ["service.name": "orders"])
        withBaggage(["tenant.id": "acme"]) { test.logger("x").info("hi") }
        let record = try #require(test.sink.records().first)
        #expect(record.resource?.attributes == ["service.name": "orders"])
        #expect(record.attributes == ["tenant.id": "acme"])
    }
}
