import Dispatch
import Glibc
import Synchronization
import Testing

@testable import DagstackCore

/// `DeliveryOptions.batchDelay`: a short queue waits for more records, but never while someone
/// is waiting on it.
struct DeliveryBatchDelayTests {
    /// An engine whose worker lingers far longer than any test waits, so a delivery that happens
    /// at all happened because something ended the linger.
    private func lingeringEngine(
        _ target: RecordingTarget,
        capacity: Int = 8,
        overflow: OverflowPolicy = .dropOldest,
        batchDelay: Duration = .seconds(60)
    ) -> DeliveryEngine<RecordingTarget> {
        DeliveryEngine(
            sinkID: "test:batch-delay",
            target: target,
            options: DeliveryOptions(capacity: capacity, overflow: overflow, batchDelay: batchDelay),
            events: EventLog().handler
        )
    }

    @Test
    func aShortQueueWaitsForTheDelay() {
        let target = RecordingTarget()
        let engine = lingeringEngine(target)
        for value in 0..<5 { engine.submit(value) }
        // Below three quarters of the capacity (6 of 8): nothing ends the linger.
        #expect(!eventually(within: .milliseconds(300)) { !target.values.isEmpty })
        engine.close()
        #expect(target.values == Array(0..<5))
    }

    @Test
    func aQueueAtThreeQuartersOfItsCapacityIsWrittenAtOnce() {
        let target = RecordingTarget()
        let engine = lingeringEngine(target)
        engine.submit(0)
        #expect(eventually { engine.workerIsLingering })
        for value in 1..<6 { engine.submit(value) }
        #expect(eventually { target.values == Array(0..<6) })
        #expect(engine.counters.dropped == 0)
        engine.close()
    }

    @Test
    func aBacklogIsWrittenWithoutWaiting() {
        let target = RecordingTarget()
        // Far below three quarters of the capacity, but a batch worth writing at once.
        let engine = lingeringEngine(target, capacity: 10_000)
        engine.holdWorker()
        for value in 0..<300 { engine.submit(value) }
        engine.releaseWorker()
        #expect(eventually { target.values == Array(0..<300) })
        engine.close()
    }

    /// What a test does to a lingering worker.
    enum Ending: Sendable, CaseIterable {
        case flush
        case close
    }

    @Test(arguments: Ending.allCases)
    func aFlushOrCloseEndsTheLinger(_ ending: Ending) {
        let target = RecordingTarget()
        let engine = lingeringEngine(target, capacity: 100)
        for value in 0..<3 { engine.submit(value) }
        // Once the worker is lingering, only what the test does next can end its minute.
        #expect(eventually { engine.workerIsLingering })
        let clock = ContinuousClock()
        let start = clock.now
        switch ending {
        case .flush: #expect(engine.flush(timeout: .seconds(20)).success)
        case .close: #expect(engine.close().success)
        }
        #expect(clock.now - start < .seconds(10))
        #expect(target.values == Array(0..<3))
        engine.close()
    }

    @Test(arguments: [1, 4])
    func aBlockingQueueNeverKeepsItsProducersWaitingForTheDelay(capacity: Int) {
        let target = RecordingTarget()
        // Under `block` the later submits wait for room: they return only if the worker writes
        // without waiting out the minute (a queue of 1 never lingers; one of 4 calls its worker
        // at 3, before any producer has to wait).
        let engine = lingeringEngine(target, capacity: capacity, overflow: .block)
        engine.submit(0)
        if capacity > 1 { #expect(eventually { engine.workerIsLingering }) }
        let done = onNewThread {
            for value in 1..<(capacity + 3) { engine.submit(value) }
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        // What is left after the last producer (a short queue) may wait for the delay; close ends it.
        engine.close()
        #expect(target.values == Array(0..<(capacity + 3)))
        #expect(engine.counters.dropped == 0)
    }

    @Test
    func aTrickleOfRecordsIsWrittenInFewBatches() {
        let target = RecordingTarget()
        let engine = lingeringEngine(target, capacity: 1000, batchDelay: .milliseconds(250))
        for value in 0..<20 {
            engine.submit(value)
            usleep(2000)
        }
        #expect(engine.flush(timeout: .seconds(10)).success)
        #expect(target.values == Array(0..<20))
        // 20 records over about 40 ms; a worker that wrote each as it came would take ~20 batches.
        #expect(target.batchSizes.withLock { $0.count } <= 4)
        engine.close()
    }

    @Test
    func withoutADelayARecordIsWrittenAsSoonAsTheWorkerIsFree() {
        let target = RecordingTarget()
        let engine = lingeringEngine(target, capacity: 100, batchDelay: .zero)
        engine.submit(7)
        #expect(eventually(within: .seconds(10)) { target.values == [7] })
        engine.close()
    }

    @Test
    func aNegativeDelayMeansNone() {
        #expect(DeliveryOptions(batchDelay: .milliseconds(-5)).batchDelay == .zero)
        #expect(DeliveryOptions().batchDelay == .milliseconds(1))
    }
}
