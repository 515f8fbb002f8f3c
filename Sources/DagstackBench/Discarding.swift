import DagstackCore
import Logging

/// A handler that accepts every level and drops every event: the facade's own cost.
struct DiscardingHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    func log(event: LogEvent) { blackHole(event) }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}

/// A sink that accepts every record and keeps nothing, so only the caller's side is measured.
struct DiscardingSink: Sink {
    var id: String { "discard" }
    func emit(_ record: LogRecord) { blackHole(record) }
    func flush(timeout: Duration) -> FlushResult { .succeeded }
    func close() -> FlushResult { .succeeded }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
}
