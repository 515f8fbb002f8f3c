/// The sink of loggers named `dagstack.logger.internal` (and below) when the configuration gives
/// them none: records go to the registry's internal channel (stderr by default, rate-limited per
/// message), never to the root sinks, like the reference binding's dedicated stderr sink.
struct InternalChannelSink: Sink {
    let channel: InternalChannel

    var id: String { "internal:\(InternalChannel.scopeName)" }

    func emit(_ record: LogRecord) {
        let message = record.body.stringValue ?? String(describing: record.body)
        channel.report(
            Diagnostic(
                key: "logger:\(message)",
                severity: record.severity,
                message: message,
                attributes: record.attributes
            )
        )
    }

    func flush(timeout: Duration) -> FlushResult { .succeeded }

    func close() -> FlushResult { .succeeded }

    /// WARN and above, like the reference binding's internal channel.
    func supportsSeverity(_ severity: Severity) -> Bool { severity >= .warn }
}
