import DagstackBackend
import DagstackCore
import Logging

/// Scenario 0, where the caller's time goes: the issue-8 call (1) into a handler that discards
/// the event (the facade and the call-site metadata alone), (2) through DagstackLogHandler into a
/// sink that discards the record (record building, conversion, redaction, fan-out: the backend's
/// caller-side cost without the queue), (3) the same without code location. Scenario 6's p50
/// minus (2) is the queue hand-off.
let breakdownScenario = SuiteScenario(
    name: "0-breakdown",
    summary:
        "caller cost by stage: facade only, + DagstackLogHandler to a discarding sink (with/without code location)",
    primary: "backend_null_sink_ns"
) { options in
    let registry = LoggerRegistry()
    try? registry.configure(rootLevel: "INFO", sinks: [DiscardingSink()])
    let facadeOnly = Logger(label: "bench") { _ in DiscardingHandler() }
    let backend = Logger(label: "bench") { label in DagstackLogHandler(label: label, registry: registry) }
    let withoutCode = Logger(label: "bench") { label in
        DagstackLogHandler(label: label, registry: registry, includeCodeLocation: false)
    }
    return [
        ("facade_only_ns", timeCalls(facadeOnly, records: options.records)),
        ("backend_null_sink_ns", timeCalls(backend, records: options.records)),
        ("backend_null_sink_no_code_location_ns", timeCalls(withoutCode, records: options.records)),
    ]
}

/// ns per `logRequest` call, after a warm-up of a tenth of the calls.
private func timeCalls(_ logger: Logger, records: Int) -> Double {
    for number in 0..<records / 10 { logRequest(logger, number) }
    let clock = ContinuousClock()
    let start = clock.now
    for number in 0..<records { logRequest(logger, number) }
    return nanoseconds(clock.now - start) / Double(records)
}

/// A handler that accepts every level and drops every event.
private struct DiscardingHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    func log(event: LogEvent) { blackHole(event) }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}

/// A sink that drops every record.
private struct DiscardingSink: Sink {
    var id: String { "discard" }
    func emit(_ record: LogRecord) { blackHole(record) }
    func flush(timeout: Duration) -> FlushResult { .succeeded }
    func close() -> FlushResult { .succeeded }
    func supportsSeverity(_ severity: Severity) -> Bool { true }
}
