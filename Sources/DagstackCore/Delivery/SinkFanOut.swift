internal import Dispatch
internal import Foundation
internal import Synchronization

/// Delivers records to a set of sinks and flushes or closes them together.
///
/// A record goes to every sink whose ``Sink/supportsSeverity(_:)`` accepts it. `flush` and
/// `close` run on all sinks in parallel against one deadline, so a stalled sink costs one
/// timeout, not one per sink, and a sink that ignores its timeout is reported as failed instead
/// of holding the caller.
package struct SinkFanOut: Sendable {
    package let sinks: [any Sink]
    /// Extra time a sink gets past the deadline to report its own failure before it is declared
    /// timed out by the fan-out.
    private static let grace: Duration = .milliseconds(50)

    package init(_ sinks: [any Sink]) {
        self.sinks = sinks
    }

    /// Hands `record` to every sink that accepts its severity; the last one takes the record
    /// itself, the others a copy.
    package func emit(_ record: consuming LogRecord) {
        guard let last = sinks.indices.last else { return }
        let severity = record.severity
        for index in 0..<last where sinks[index].supportsSeverity(severity) {
            sinks[index].emit(copy record)
        }
        if sinks[last].supportsSeverity(severity) {
            sinks[last].emit(record)
        }
    }

    package func flush(timeout: Duration) -> FlushResult {
        inParallel(timeout: timeout) { $0.flush(timeout: timeout) }
    }

    /// Closes every sink; sinks still closing at `timeout` are reported as failed.
    package func close(timeout: Duration) -> FlushResult {
        inParallel(timeout: timeout) { $0.close() }
    }

    /// Counters of the sinks that keep them, by sink id.
    package var counters: [String: SinkCounters] {
        var all: [String: SinkCounters] = [:]
        for sink in sinks {
            if let counters = sink.counters { all[sink.id] = counters }
        }
        return all
    }

    private func inParallel(
        timeout: Duration,
        _ operation: @escaping @Sendable (any Sink) -> FlushResult
    ) -> FlushResult {
        guard !sinks.isEmpty else { return .succeeded }
        let deadline = Deadline.after(timeout + Self.grace)
        let results = ResultSlots(count: sinks.count)
        let group = DispatchGroup()
        for (index, sink) in sinks.enumerated() {
            group.enter()
            // A thread of its own per sink: a stalled sink must not starve a shared pool.
            let thread = Thread {
                Thread.current.name = "dagstack-flush"  // from inside: see DeliveryEngine.init
                results.store(operation(sink), at: index)
                group.leave()
            }
            thread.start()
        }
        _ = group.wait(timeout: deadline.dispatchTime)
        let finished = results.snapshot()
        var failures: [FlushResult.Failure] = []
        for (index, sink) in sinks.enumerated() {
            guard let result = finished[index] else {
                let message = "the sink did not return within the \(timeout) timeout; it is stalled"
                failures.append(.init(id: sink.id, error: SinkError(code: .timedOut, message: message)))
                continue
            }
            failures.append(contentsOf: result.failedSinks)
        }
        return FlushResult(sinkCount: sinks.count, failures: failures)
    }
}

/// Per-sink results written by the parallel operations, read once by the waiting caller.
private final class ResultSlots: Sendable {
    private let slots: Mutex<[FlushResult?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func store(_ result: FlushResult, at index: Int) {
        slots.withLock { $0[index] = result }
    }

    func snapshot() -> [FlushResult?] {
        slots.withLock { $0 }
    }
}
