import DagstackCore
import DagstackLogger
import Dispatch
import Foundation
import Synchronization
import Testing

/// A sink that logs through the registry from inside its own write: the record comes back to the
/// same sink (and to the others) while its worker is busy. No deadlock, done in under 2 s, every
/// inner record delivered or counted.
struct PipelineReentrancyTests {
    @Test(arguments: [OverflowPolicy.block, .dropOldest])
    func aSinkLoggingThroughThePipelineFromItsWriteFinishesAndAccountsForEverything(policy: OverflowPolicy) throws {
        let registry = LoggerRegistry(diagnostics: DiagnosticsCapture().channel)
        let inner = Atomic<Int>(0)
        let selfLogger = DagstackLogger.Logger.get("sink.self", registry: registry)
        let sink = PipelineLoggingSink(id: "test:pipeline-logging", capacity: 4, policy: policy) { count in
            inner.add(1, ordering: .relaxed)
            selfLogger.info("wrote a batch", attributes: ["records": .int(Int64(count))])
        }
        let memory = InMemorySink(capacity: 10_000)
        try registry.configure(rootLevel: "TRACE", sinks: [sink, memory])
        let done = DispatchSemaphore(value: 0)
        Thread {
            let logger = DagstackLogger.Logger.get("app", registry: registry)
            for number in 0..<200 { logger.info("outer \(number)") }
            _ = registry.shutdown(timeout: .seconds(1))
            done.signal()
        }.start()
        #expect(done.wait(timeout: .now() + 2) == .success, "deadlock: logging and shutdown did not finish in 2 s")
        let counters = try #require(sink.counters)
        let innerCount = inner.load(ordering: .relaxed)
        #expect(innerCount > 0)
        #expect(counters.emitted == 200 + innerCount)
        #expect(counters.delivered + counters.dropped == counters.emitted)
        #expect(counters.pending == 0)
        // The other sink got every outer record and every inner one logged before shutdown.
        let records = memory.records()
        #expect(records.filter { $0.instrumentationScope?.name == "app" }.count == 200)
        let innerSeen = records.filter { $0.instrumentationScope?.name == "sink.self" }.count
        #expect(innerSeen + (memory.counters?.droppedAfterClose ?? 0) == innerCount)
    }
}
