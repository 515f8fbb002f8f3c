extension LoggerPolicy {
    /// The emit pipeline shared by both front ends: completes `record` and delivers it.
    ///
    /// The caller has built the record (time, severity, body, call-site and bound attributes,
    /// scope) and checked ``isEnabled(_:)``. In order: baggage entries `tenant.id`, `request.id`,
    /// `user.id` are added where the record has no such attribute; attributes are redacted; the
    /// task's trace context is set when ``autoInjectTraceContext`` and `injectTraceContext` are
    /// both on, or `explicitTraceContext` is set whatever the flags say (explicit-context mode); the resource is set when the record has none; then the record goes to the sinks:
    /// `sinks` when given (a detached logger's own), else the innermost task-local scoped sinks
    /// covering the name, else the configured ones. Never throws, never blocks on I/O.
    package func emit(
        _ record: inout LogRecord,
        sinks: SinkFanOut? = nil,
        injectTraceContext: Bool = true,
        explicitTraceContext: TraceContext? = nil
    ) {
        let ambient = Ambient.current
        if !ambient.baggage.isEmpty {
            for key in loggedBaggageKeys where record.attributes[key] == nil {
                if let value = ambient.baggage[key] { record.attributes[key] = .string(value) }
            }
        }
        redaction.redact(&record)
        if let trace = explicitTraceContext ?? (autoInjectTraceContext && injectTraceContext ? ambient.trace : nil) {
            record.traceID = trace.traceID
            record.spanID = trace.spanID
            record.traceFlags = trace.flags
        }
        if record.resource == nil { record.resource = resource }
        let target = sinks ?? ambient.scopedSinks(for: name, in: registryID) ?? fanOut
        target.emit(record)
    }
}
