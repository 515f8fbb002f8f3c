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
    ///
    /// A call made from inside the pipeline on the same thread (a sink's `emit` that logs) does not
    /// recurse: its record is redacted and written to the internal channel instead.
    package func emit(
        _ record: consuming LogRecord,
        sinks: SinkFanOut? = nil,
        injectTraceContext: Bool = true,
        explicitTraceContext: TraceContext? = nil
    ) {
        guard let thread = PipelineReentrancy.enter() else {
            divert(record)
            return
        }
        defer { PipelineReentrancy.leave(thread) }
        deliver(
            record,
            thread: thread,
            sinks: sinks,
            injectTraceContext: injectTraceContext,
            explicitTraceContext: explicitTraceContext
        )
    }

    /// ``emit(_:sinks:injectTraceContext:explicitTraceContext:)`` for a front end that already holds
    /// ``PipelineReentrancy`` (it entered before calling user code such as a metadata provider):
    /// `thread` is the state ``PipelineReentrancy/enter()`` returned.
    package func deliver(
        _ record: consuming LogRecord,
        thread: UnsafeMutablePointer<PipelineThreadState>,
        sinks: SinkFanOut? = nil,
        injectTraceContext: Bool = true,
        explicitTraceContext: TraceContext? = nil
    ) {
        let ambient = Ambient.forEmit
        if !ambient.baggage.isEmpty {
            for key in loggedBaggageKeys where record.attributeList[key] == nil {
                if let value = ambient.baggage[key] { record.attributeList.append(key, .string(value)) }
            }
        }
        redaction.redact(&record.attributeList, thread: thread)
        if let trace = explicitTraceContext ?? (autoInjectTraceContext && injectTraceContext ? ambient.trace : nil) {
            record.traceID = trace.traceID
            record.spanID = trace.spanID
            record.traceFlags = trace.flags
        }
        if record.resource == nil { record.resource = resource }
        // Each case hands the record on from where the fan-out is held: choosing one into a
        // local first retained and released its sinks on every record.
        if let sinks {
            sinks.emit(record)
        } else if !ambient.scopedSinks.isEmpty, let scoped = ambient.scopedSinks(for: name, in: registryID) {
            scoped.emit(record)
        } else {
            fanOut.emit(record)
        }
    }

    /// Writes a record logged from inside the pipeline to the internal channel, redacted, instead of
    /// delivering it (which would recurse).
    package func divert(_ record: consuming LogRecord) {
        redaction.redact(&record)
        var attributes = record.attributes
        attributes["logger.name"] = .string(name)
        attributes["log.severity_text"] = .string(record.severityText)
        let body = record.body.stringValue ?? record.body.description
        diagnostics.report(
            Diagnostic(
                key: "pipeline.reentrant:\(name)",
                severity: .warn,
                message: "a record logged from inside a sink or a metadata provider was diverted here instead of "
                    + "re-entering the pipeline: \(body)",
                attributes: attributes
            )
        )
    }
}
