import DagstackCore

/// A sink on the delivery engine whose destination fails every third batch (the whole batch is
/// dropped and counted), with a small queue so that overflow happens too.
final class FlakySink: Sink {
    let id = "test:flaky"
    let engine: DeliveryEngine<FlakyTarget>

    init(capacity: Int) {
        engine = DeliveryEngine(
            sinkID: id,
            target: FlakyTarget(),
            options: DeliveryOptions(capacity: capacity, overflow: .dropOldest),
            events: { _ in true }
        )
    }

    func emit(_ record: LogRecord) { engine.submit(record) }
    func flush(timeout: Duration) -> FlushResult { engine.flush(timeout: timeout) }
    func close() -> FlushResult { engine.close() }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
    var counters: SinkCounters? { engine.counters }
}

final class FlakyTarget: DeliveryTarget {
    private var batches = 0

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        batches += 1
        guard batches % 3 != 0 else {
            return DeliveryReport(droppedSinkError: batch.count, failure: "injected failure")
        }
        return DeliveryReport(delivered: batch.count)
    }

    func finish() {}
}

// Safe: the target's counter is touched by the worker thread only.
extension FlakyTarget: @unchecked Sendable {}
