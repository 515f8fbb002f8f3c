import Testing

@testable import DagstackCore

@Suite("Emit pipeline: baggage, redaction, trace context, resource, scoped sinks")
struct EmitPipelineTests {
    static let context = TraceContext(
        unchecked: TraceID(high: 0x0123_4567_89ab_cdef, low: 0x0123_4567_89ab_cdef),
        spanID: SpanID(0x0123_4567_89ab_cdef),
        flags: 1
    )

    @Test func secretsAreMaskedBeforeAnySinkSeesThem() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink], redaction: try RedactionConfig(extraSuffixes: ["_pin"]))
        harness.emit("app", attributes: ["db_password": "hunter2", "card_pin": "1234", "nested": ["api_key": "k"]])
        let record = try #require(sink.records().first)
        #expect(record.attributes["db_password"] == "***")
        #expect(record.attributes["card_pin"] == "***")
        #expect(record.attributes["nested"] == ["api_key": "***"])
    }

    @Test func aReconfiguredRedactionPolicyAppliesToKeysAlreadyLoggedOnThisThread() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        // One key a record: a verdict remembered under the old policy is the only one asked.
        func emitBoth() {
            harness.emit("app", attributes: ["session_token": "s"])
            harness.emit("app", attributes: ["user_id": "u"])
        }
        try harness.registry.configure(sinks: [sink])
        emitBoth()
        try harness.registry.configure(
            sinks: [sink],
            redaction: try RedactionConfig(extraSuffixes: ["_id"], replaceDefaults: true)
        )
        emitBoth()
        try harness.registry.configure(sinks: [sink])
        emitBoth()
        let values = sink.records().map { $0.attributes.values.first }
        #expect(values == ["***", "u", "s", "***", "***", "u"])
    }

    @Test func baggageKeysBecomeAttributesAndTheCallSiteWins() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink])
        withBaggage(["tenant.id": "t1", "request.id": "r1", "user.id": "u1", "other": "x"]) {
            harness.emit("app", attributes: ["user.id": "call-site"])
        }
        let attributes = try #require(sink.records().first).attributes
        #expect(attributes == ["tenant.id": "t1", "request.id": "r1", "user.id": "call-site"])
    }

    @Test func traceContextIsInjectedInsideTheScopeAndAbsentOutside() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink])
        withTraceContext(Self.context) { harness.emit("app", .info, "inside") }
        harness.emit("app", .info, "outside")
        withTraceContext(Self.context) { harness.emit("app", .info, "opted out", injectTraceContext: false) }
        let records = sink.records()
        try #require(records.map(\.body) == ["inside", "outside", "opted out"])
        #expect(records[0].traceID == Self.context.traceID)
        #expect(records[0].spanID == Self.context.spanID)
        #expect(records[0].traceFlags == 1)
        for record in records.dropFirst() {
            #expect(record.traceID == nil && record.spanID == nil && record.traceFlags == 0)
        }
    }

    @Test func disabledAutoInjectLeavesTraceFieldsAbsent() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink], autoInjectTraceContext: false)
        withTraceContext(Self.context) { harness.emit("app") }
        let record = try #require(sink.records().first)
        #expect(record.traceID == nil)
    }

    @Test func resourceIsAttachedToEveryRecord() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink], resourceAttributes: ["service.name": "orders"])
        harness.emit("a")
        harness.emit("a.b")
        #expect(
            sink.records().map(\.resource)
                == Array(repeating: Resource(attributes: ["service.name": "orders"]), count: 2)
        )
    }

    @Test func scopedSinksCoverTheNameAndItsDescendantsOnly() throws {
        let harness = RegistryHarness()
        let global = InMemorySink()
        let scoped = InMemorySink()
        try harness.registry.configure(sinks: [global])
        var ambient = Ambient.current
        ambient.scopedSinks.append(
            ScopedSinks(registry: ObjectIdentifier(harness.registry), name: "db", sinks: [scoped])
        )
        Ambient.binding(ambient) {
            harness.emit("db", .info, "db")
            harness.emit("db.pool", .info, "db.pool")
            harness.emit("dbx", .info, "dbx")
            harness.emit("", .info, "root")
        }
        harness.emit("db", .info, "after")
        #expect(scoped.records().map(\.body) == ["db", "db.pool"])
        #expect(global.records().map(\.body) == ["dbx", "root", "after"])
    }

    @Test func explicitSinksBeatScopedAndConfiguredOnes() throws {
        let harness = RegistryHarness()
        let global = InMemorySink()
        let own = InMemorySink()
        try harness.registry.configure(sinks: [global])
        harness.emit("app", sinks: SinkFanOut([own]))
        #expect(own.records().count == 1)
        #expect(global.records().isEmpty)
    }
}
