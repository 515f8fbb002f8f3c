import Testing

@testable import DagstackCore

@Suite("Registry: reconfigure, flush, shutdown")
struct RegistryLifecycleTests {
    @Test func reconfigureSendsLaterRecordsToTheNewSinksAndClosesTheOld() throws {
        let harness = RegistryHarness()
        let old = InMemorySink()
        let new = InMemorySink()
        try harness.registry.configure(sinks: [old])
        harness.emit("app", .info, "before")
        try harness.registry.reconfigure(sinks: [new])
        harness.emit("app", .info, "after")
        #expect(old.records().map(\.body) == ["before"])
        #expect(new.records().map(\.body) == ["after"])
        old.emit(LogRecord(timeUnixNano: 1, severity: .info, body: "late"))
        #expect(old.counters?.droppedAfterClose == 1)
    }

    @Test func sinksCarriedOverAreNotClosed() throws {
        let harness = RegistryHarness()
        let kept = InMemorySink()
        try harness.registry.configure(sinks: [kept])
        try harness.registry.reconfigure(rootLevel: "DEBUG", sinks: [kept])
        harness.emit("app", .debug, "still open")
        #expect(kept.records().map(\.body) == ["still open"])
        #expect(kept.counters?.droppedAfterClose == 0)
    }

    @Test func shutdownClosesEverySinkAndIsIdempotent() throws {
        let harness = RegistryHarness()
        let sink = InMemorySink()
        try harness.registry.configure(sinks: [sink])
        #expect(harness.registry.shutdown(timeout: .seconds(1)).success)
        #expect(harness.registry.shutdown(timeout: .seconds(1)) == .succeeded)
        harness.emit("app", .info, "after shutdown")
        #expect(sink.records().isEmpty)
        #expect(sink.counters?.droppedAfterClose == 1)
    }

    @Test func flushReportsEverySinkAndCountersAreBySinkID() throws {
        let harness = RegistryHarness()
        let first = InMemorySink()
        let second = InMemorySink()
        try harness.registry.configure(sinks: [first, second])
        harness.emit("app")
        #expect(harness.registry.flush(timeout: .seconds(1)).success)
        let counters = harness.registry.sinkCounters
        #expect(counters[first.id]?.delivered == 1)
        #expect(counters[second.id]?.delivered == 1)
        #expect(harness.registry.sinkIDs == [first.id, second.id])
    }

    @Test func replaceModeWithoutSuffixesWarnsOnTheInternalChannel() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(redaction: try RedactionConfig(extraSuffixes: [], replaceDefaults: true))
        #expect(harness.diagnostics.contains("redaction disabled by configuration"))
        #expect(harness.diagnostics.contains("\"severity_text\":\"WARN\""))
    }

    @Test func concurrentEmitsDuringReconfigurationAreAllAccountedFor() async throws {
        let harness = RegistryHarness()
        let sinks = (0..<5).map { _ in InMemorySink(capacity: 100_000) }
        try harness.registry.configure(sinks: [sinks[0]])
        let perTask = 5_000
        let tasks = 4
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    let cache = PolicyCache(registry: harness.registry, name: "app", scope: .init(name: "app"))
                    for index in 0..<perTask {
                        let policy = cache.current().policy
                        let record = LogRecord(timeUnixNano: 1, severity: .info, body: .int(Int64(index)))
                        policy.emit(record)
                    }
                }
            }
            group.addTask {
                for sink in sinks.dropFirst() {
                    await Task.yield()
                    try harness.registry.reconfigure(sinks: [sink])
                }
            }
            try await group.waitForAll()
        }
        let accounted = sinks.reduce(0) { total, sink in
            let counters = sink.counters ?? SinkCounters()
            return total + counters.delivered + counters.droppedAfterClose
        }
        #expect(accounted == perTask * tasks)
    }
}
