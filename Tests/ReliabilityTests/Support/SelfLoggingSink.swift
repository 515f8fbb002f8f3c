import DagstackCore
import Synchronization

/// A sink on the delivery engine whose write logs one record per batch through a callback, as a
/// sink reporting its own progress through the logging pipeline would.
final class PipelineLoggingSink: Sink {
    let id: String
    let engine: DeliveryEngine<PipelineLoggingTarget>

    init(id: String, capacity: Int, policy: OverflowPolicy, log: @escaping @Sendable (Int) -> Void) {
        self.id = id
        engine = DeliveryEngine(
            sinkID: id,
            target: PipelineLoggingTarget(log: log),
            options: DeliveryOptions(capacity: capacity, overflow: policy, closeTimeout: .seconds(1)),
            events: { _ in true }
        )
    }

    func emit(_ record: LogRecord) { engine.submit(record) }
    func flush(timeout: Duration) -> FlushResult { engine.flush(timeout: timeout) }
    func close() -> FlushResult { engine.close() }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
    var counters: SinkCounters? { engine.counters }
}

final class PipelineLoggingTarget: DeliveryTarget {
    let log: @Sendable (Int) -> Void

    init(log: @escaping @Sendable (Int) -> Void) {
        self.log = log
    }

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        var outer = 0
        for record in batch where record.instrumentationScope?.name != "sink.self" { outer += 1 }
        if outer > 0 { log(outer) }
        return DeliveryReport(delivered: batch.count)
    }

    func finish() {}
}

// Safe: `log` is an immutable @Sendable closure; the target is used by the worker only.
extension PipelineLoggingTarget: @unchecked Sendable {}
