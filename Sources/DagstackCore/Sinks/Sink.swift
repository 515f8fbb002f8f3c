/// A destination for log records: a terminal, a file, a test buffer, a collector.
///
/// The pipeline calls ``emit(_:)`` for every record whose severity ``supportsSeverity(_:)``
/// accepts, from any thread. To write your own sink:
/// - make `emit` cheap and non-blocking: hand the record to a queue (or store it under a short
///   lock) and do encoding and I/O elsewhere; never throw out of it, never crash in it, and never
///   log through the pipeline from inside it;
/// - make `flush(timeout:)` wait, at most `timeout`, until everything emitted before the call has
///   reached the destination, and say which sink failed if it did not;
/// - make `close()` flush, then release resources; it must be idempotent, and an `emit` after it
///   must be ignored (and counted, if the sink keeps ``counters``).
///
/// A sink that stalls or fails never delays the others: the pipeline flushes and closes sinks in
/// parallel against one deadline.
public protocol Sink: Sendable {
    /// A stable identifier for reports and counters, such as `file:/var/log/app.jsonl`.
    var id: String { get }

    /// Accepts one record; returns without waiting for I/O.
    ///
    /// The record is handed over `consuming`, so a sink that keeps it (in a queue) takes it without
    /// a copy; a sink declared with a plain `func emit(_ record: LogRecord)` conforms as well.
    func emit(_ record: consuming LogRecord)

    /// Waits up to `timeout` until every record emitted before the call has been written.
    func flush(timeout: Duration) -> FlushResult

    /// Flushes, then releases the sink's resources; idempotent.
    @discardableResult
    func close() -> FlushResult

    /// Whether the sink wants records of `severity` (checked before ``emit(_:)``).
    func supportsSeverity(_ severity: Severity) -> Bool

    /// The sink's delivery counters, or `nil` for a sink that does not keep them.
    var counters: SinkCounters? { get }
}

extension Sink {
    /// Sinks keep no counters unless they say otherwise.
    public var counters: SinkCounters? { nil }
}
