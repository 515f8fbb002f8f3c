import Dispatch
import Synchronization
import Testing

@testable import DagstackCore

struct DeliveryEngineTests {
    private func engine(
        _ target: RecordingTarget,
        capacity: Int = 8,
        overflow: OverflowPolicy = .dropOldest,
        closeTimeout: Duration = .seconds(5),
        events: EventLog = EventLog()
    ) -> DeliveryEngine<RecordingTarget> {
        DeliveryEngine(
            sinkID: "test:engine",
            target: target,
            options: DeliveryOptions(capacity: capacity, overflow: overflow, closeTimeout: closeTimeout),
            events: events.handler
        )
    }

    private func expectBalanced(_ counters: SinkCounters, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(counters.delivered + counters.dropped == counters.emitted, sourceLocation: sourceLocation)
    }

    @Test
    func dropOldestWithAHeldWorkerDeliversTheLastCapacityRecords() {
        let target = RecordingTarget()
        let engine = engine(target)
        engine.holdWorker()
        for value in 0..<20 { engine.submit(value) }
        engine.releaseWorker()
        #expect(engine.flush(timeout: .seconds(5)).success)
        #expect(target.values == Array(12...19))
        let counters = engine.close().success ? engine.counters : SinkCounters()
        #expect(counters.emitted == 20)
        #expect(counters.delivered == 8)
        #expect(counters.droppedQueueOverflow == 12)
        expectBalanced(counters)
    }

    @Test
    func dropNewestWithAHeldWorkerDeliversTheFirstCapacityRecords() {
        let target = RecordingTarget()
        let engine = engine(target, overflow: .dropNewest)
        engine.holdWorker()
        for value in 0..<20 { engine.submit(value) }
        engine.releaseWorker()
        engine.close()
        #expect(target.values == Array(0..<8))
        #expect(engine.counters.droppedQueueOverflow == 12)
        expectBalanced(engine.counters)
    }

    @Test
    func blockMakesTheCallerWaitForRoomAndLosesNothing() {
        let target = RecordingTarget()
        let engine = engine(target, capacity: 2, overflow: .block)
        engine.holdWorker()
        engine.submit(0)
        engine.submit(1)
        let done = onNewThread { engine.submit(2) }
        #expect(eventually { engine.blockedProducerCount == 1 })
        #expect(done.wait(timeout: .now()) == .timedOut)
        engine.releaseWorker()
        #expect(done.wait(timeout: .now() + 10) == .success)
        engine.close()
        #expect(target.values == [0, 1, 2])
        #expect(engine.counters.dropped == 0)
        #expect(engine.counters.delivered == 3)
    }

    @Test
    func closeReleasesABlockedProducerAndCountsItsRecordAfterClose() {
        let target = RecordingTarget()
        let engine = engine(target, capacity: 1, overflow: .block, closeTimeout: .milliseconds(50))
        engine.holdWorker()
        engine.submit(0)
        let done = onNewThread { engine.submit(1) }
        #expect(eventually { engine.blockedProducerCount == 1 })
        engine.close()
        #expect(done.wait(timeout: .now() + 10) == .success)
        let counters = engine.counters
        #expect(counters.droppedAfterClose == 1)
        #expect(counters.droppedSinkError == 1)
        expectBalanced(counters)
    }

    @Test
    func flushWaitsForEverythingSubmittedBeforeIt() {
        let target = RecordingTarget()
        let engine = engine(target, capacity: 10_000)
        for value in 0..<5000 { engine.submit(value) }
        #expect(engine.flush(timeout: .seconds(10)).success)
        #expect(target.values == Array(0..<5000))
        engine.close()
    }

    @Test
    func theWorkerWritesManyRecordsPerBatch() {
        let target = RecordingTarget()
        let engine = engine(target, capacity: 100)
        engine.holdWorker()
        for value in 0..<50 { engine.submit(value) }
        engine.releaseWorker()
        engine.close()
        #expect(target.batchSizes.withLock { $0 } == [50])
    }

    @Test
    func aStalledTargetTimesOutFlushAndCloseAbandonsItsRecords() {
        let gate = DispatchSemaphore(value: 0)
        let target = RecordingTarget(gate: gate)
        let events = EventLog()
        let engine = engine(target, closeTimeout: .milliseconds(100), events: events)
        for value in 0..<30 { engine.submit(value) }
        let flushed = engine.flush(timeout: .milliseconds(100))
        #expect(!flushed.success)
        #expect(flushed.failedSinks.map(\.id) == ["test:engine"])
        #expect(flushed.failedSinks.first?.error.code == .timedOut)
        let closed = engine.close()
        #expect(closed.failedSinks.first?.error.code == .timedOut)
        let counters = engine.counters
        expectBalanced(counters)
        #expect(counters.delivered == 0)
        #expect(engine.flush(timeout: .zero).failedSinks.first?.error.code == .abandoned)
        engine.submit(99)
        #expect(engine.counters.droppedAfterClose == 1)
        #expect(events.all.contains { if case .abandoned = $0 { true } else { false } })
        gate.signal()
        #expect(eventually { target.finished.withLock { $0 } })
        #expect(engine.counters == counters.with(droppedAfterClose: 1))
    }

    @Test
    func emitAfterCloseIsCountedAndCloseIsIdempotent() {
        let target = RecordingTarget()
        let engine = engine(target)
        engine.submit(1)
        #expect(engine.close().success)
        #expect(engine.close().success)
        engine.submit(2)
        engine.submit(3)
        #expect(target.values == [1])
        #expect(target.finished.withLock { $0 })
        let counters = engine.counters
        #expect(counters.emitted == 3)
        #expect(counters.droppedAfterClose == 2)
        expectBalanced(counters)
    }

    @Test
    func aFlushReportsAWriteFailureThatFinishedBeforeItWasCalledOnce() {
        let target = RecordingTarget(failure: "disk full")
        let engine = engine(target)
        for value in 0..<3 { engine.submit(value) }
        // The worker has written (and failed) everything before the flush starts.
        #expect(eventually { engine.counters.droppedSinkError == 3 })
        let first = engine.flush(timeout: .seconds(5))
        #expect(first.failedSinks.first?.error.message.contains("disk full") == true)
        #expect(engine.flush(timeout: .seconds(5)).success)
        engine.close()
    }

    @Test
    func writeFailuresAreCountedReportedAndFailTheFlush() {
        let target = RecordingTarget(failure: "disk full")
        let events = EventLog()
        let engine = engine(target, events: events)
        for value in 0..<3 { engine.submit(value) }
        let result = engine.flush(timeout: .seconds(5))
        #expect(result.failedSinks.first?.error.code == .writeFailed)
        #expect(result.failedSinks.first?.error.message.contains("disk full") == true)
        engine.close()
        #expect(engine.counters.droppedSinkError == 3)
        expectBalanced(engine.counters)
        #expect(events.all.contains { if case .writeFailed(message: "disk full", _) = $0 { true } else { false } })
    }

    @Test
    func overflowDropsAreReportedAsEvents() {
        let target = RecordingTarget()
        let events = EventLog()
        let engine = engine(target, capacity: 2, events: events)
        engine.holdWorker()
        for value in 0..<5 { engine.submit(value) }
        engine.releaseWorker()
        engine.close()
        #expect(events.all.contains(.queueOverflow(dropped: 3, policy: .dropOldest)))
    }

    @Test(arguments: [OverflowPolicy.dropOldest, .dropNewest, .block])
    func concurrentProducersBalanceExactlyAndKeepEachThreadsOrder(policy: OverflowPolicy) {
        let target = RecordingTarget()
        let engine = engine(target, capacity: 64, overflow: policy)
        let threads = 4
        let perThread = 20_000
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for number in 0..<perThread { engine.submit(thread * 1_000_000 + number) }
        }
        #expect(engine.close().success)
        let counters = engine.counters
        #expect(counters.emitted == threads * perThread)
        expectBalanced(counters)
        #expect(counters.delivered == target.values.count)
        for thread in 0..<threads {
            let mine = target.values.filter { $0 / 1_000_000 == thread }
            #expect(zip(mine, mine.dropFirst()).allSatisfy { $0 < $1 })
        }
        if policy == .block { #expect(counters.dropped == 0) }
    }
}

extension SinkCounters {
    func with(droppedAfterClose: Int) -> SinkCounters {
        var copy = self
        copy.droppedAfterClose = droppedAfterClose
        copy.emitted += droppedAfterClose
        return copy
    }
}
