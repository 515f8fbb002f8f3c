import Dispatch
import Foundation
import Glibc
import Synchronization
import Testing

@testable import DagstackCore

/// Sinks that misbehave: one that logs into itself from inside its own write, one that hangs.
struct SinkBehaviourFaultTests {
    @Test(arguments: [OverflowPolicy.block, .dropOldest, .dropNewest])
    func aSinkThatLogsFromInsideItsOwnWriteNeitherDeadlocksNorLosesCount(policy: OverflowPolicy) {
        let sink = SelfLoggingSink(capacity: 4, policy: policy)
        let done = onNewThread {
            for number in 0..<50 { sink.emit(FileFixtures.record(number)) }
            _ = sink.close()
        }
        #expect(done.wait(timeout: .now() + 2) == .success, "deadlock: emit and close did not return in 2 s")
        let counters = sink.engine.counters
        #expect(counters.emitted == 50 + sink.innerEmitted.load(ordering: .relaxed))
        #expect(counters.delivered + counters.dropped == counters.emitted)
        #expect(counters.pending == 0)
        #expect(sink.innerEmitted.load(ordering: .relaxed) > 0)
    }

    @Test
    func closeOfAHungSinkReturnsInTimeReportsItAndCountsTheQueueAsDropped() throws {
        let stalled = StalledSink(capacity: 64)
        defer { stalled.unstick() }
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ok.jsonl").path
            let file = try FileFixtures.quietFileSink(path, keep: 5).0
            let fanOut = SinkFanOut([stalled, file])
            for number in 0..<20 { fanOut.emit(FileFixtures.record(number)) }
            let clock = ContinuousClock()
            let started = clock.now
            let result = fanOut.close(timeout: .milliseconds(300))
            let elapsed = clock.now - started
            #expect(elapsed < .seconds(2))
            #expect(result.failedSinks.map(\.id) == [stalled.id])
            #expect(
                result.failedSinks.first?.error.code == .abandoned || result.failedSinks.first?.error.code == .timedOut
            )
            let counters = try #require(stalled.counters)
            #expect(counters.emitted == 20)
            #expect(counters.delivered + counters.dropped == counters.emitted)
            #expect(counters.droppedSinkError == 20)
            #expect(FileFixtures.numbers(path) == Array(0..<20))
            #expect(file.counters?.delivered == 20)
        }
    }

    @Test
    func closeOfASinkIgnoringItsTimeoutReturnsAfterTheTimeoutAndNamesIt() {
        let hung = UnresponsiveSink()
        defer { hung.release() }
        let memory = InMemorySink()
        let fanOut = SinkFanOut([hung, memory])
        fanOut.emit(FileFixtures.record(1))
        let clock = ContinuousClock()
        let started = clock.now
        let result = fanOut.close(timeout: .milliseconds(200))
        #expect(clock.now - started < .seconds(2))
        #expect(result.failedSinks.map(\.id) == [hung.id])
        #expect(result.failedSinks.first?.error.code == .timedOut)
        #expect(memory.records().count == 1)
    }
}

/// A sink whose worker, while writing a batch, logs one record about each outer record into the
/// sink itself, as a sink that logs its own progress through the pipeline would.
final class SelfLoggingSink: Sink {
    let id = "test:self-logging"
    let engine: DeliveryEngine<SelfLoggingTarget>
    let innerEmitted = Atomic<Int>(0)

    init(capacity: Int, policy: OverflowPolicy) {
        let target = SelfLoggingTarget()
        engine = DeliveryEngine(
            sinkID: id,
            target: target,
            options: DeliveryOptions(capacity: capacity, overflow: policy, closeTimeout: .seconds(1)),
            events: { _ in true }
        )
        target.owner = self
    }

    func emit(_ record: LogRecord) { engine.submit(record) }
    func flush(timeout: Duration) -> FlushResult { engine.flush(timeout: timeout) }
    func close() -> FlushResult { engine.close() }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
    var counters: SinkCounters? { engine.counters }
}

final class SelfLoggingTarget: DeliveryTarget {
    weak var owner: SelfLoggingSink?

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        var count = 0
        for record in batch {
            count += 1
            guard record.attributes["inner"] == nil, let owner else { continue }
            owner.innerEmitted.add(1, ordering: .relaxed)
            var inner = record
            inner.attributes["inner"] = true
            owner.emit(inner)
        }
        return DeliveryReport(delivered: count)
    }

    func finish() {}
}

// Safe: `owner` is set once before the first batch and read by the worker only.
extension SelfLoggingTarget: @unchecked Sendable {}
