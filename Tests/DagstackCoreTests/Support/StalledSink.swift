import Dispatch

@testable import DagstackCore

/// A sink on the delivery engine whose write never returns until the test opens the gate.
final class StalledSink: Sink {
    let id = "test:stalled"
    let gate = DispatchSemaphore(value: 0)
    let engine: DeliveryEngine<StalledTarget>

    init(capacity: Int = 16) {
        engine = DeliveryEngine(
            sinkID: id,
            target: StalledTarget(gate: gate),
            options: DeliveryOptions(capacity: capacity, closeTimeout: .milliseconds(100)),
            events: { _ in true }
        )
    }

    func emit(_ record: LogRecord) { engine.submit(record) }
    func flush(timeout: Duration) -> FlushResult { engine.flush(timeout: timeout) }
    func close() -> FlushResult { engine.close() }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
    var counters: SinkCounters? { engine.counters }

    /// Lets the stuck write (and any later ones) return.
    func unstick() {
        for _ in 0..<1000 { gate.signal() }
    }
}

final class StalledTarget: DeliveryTarget {
    let gate: DispatchSemaphore

    init(gate: DispatchSemaphore) { self.gate = gate }

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        gate.wait()
        return DeliveryReport(delivered: batch.count)
    }

    func finish() {}
}

/// A custom sink that ignores its flush timeout: `flush` and `close` hang until released.
final class UnresponsiveSink: Sink {
    let id = "test:unresponsive"
    let gate = DispatchSemaphore(value: 0)

    func emit(_ record: LogRecord) {}
    func flush(timeout: Duration) -> FlushResult {
        gate.wait()
        return .succeeded
    }
    func close() -> FlushResult { flush(timeout: .zero) }
    func supportsSeverity(_ severity: Severity) -> Bool { true }

    func release() {
        for _ in 0..<10 { gate.signal() }
    }
}

// Safe: the semaphore is thread-safe and the target is touched by the worker only.
extension StalledTarget: @unchecked Sendable {}
