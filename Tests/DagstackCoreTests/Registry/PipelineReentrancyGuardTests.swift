import Synchronization
import Testing

@testable import DagstackCore

/// A sink whose `emit` logs through the same registry, synchronously, on the caller's thread.
private final class EchoingSink: Sink {
    let id = "test:echoing"
    let harness: RegistryHarness
    let seen = Mutex<[String]>([])

    init(harness: RegistryHarness) {
        self.harness = harness
    }

    func emit(_ record: LogRecord) {
        seen.withLock { $0.append(record.body.stringValue ?? "") }
        // Without the guard this call re-enters emit → this sink → emit … until the stack overflows.
        harness.emit("echo", .info, "echo of \(record.body.stringValue ?? "")", attributes: ["api_key": "hunter2"])
    }

    func flush(timeout: Duration) -> FlushResult { .succeeded }
    func close() -> FlushResult { .succeeded }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
}

struct PipelineReentrancyGuardTests {
    @Test func aSinkLoggingFromItsOwnEmitIsDivertedToTheInternalChannelInsteadOfRecursing() throws {
        let harness = RegistryHarness()
        let sink = EchoingSink(harness: harness)
        let memory = InMemorySink()
        try harness.registry.configure(rootLevel: "TRACE", sinks: [sink, memory])
        harness.emit("app", .info, "outer")
        // The outer record reached both sinks once; the echo did not come back into the sinks.
        #expect(sink.seen.withLock { $0 } == ["outer"])
        #expect(memory.bodies == ["outer"])
        // The echo went to the internal channel, redacted.
        #expect(harness.diagnostics.contains("diverted here instead of re-entering the pipeline: echo of outer"))
        #expect(!harness.diagnostics.all.joined().contains("hunter2"))
        // The thread is outside the pipeline again: the next record flows normally.
        #expect(!PipelineReentrancy.isInside)
        harness.emit("app", .info, "second")
        #expect(memory.bodies == ["outer", "second"])
    }
}
