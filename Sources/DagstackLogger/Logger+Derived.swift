public import DagstackCore

extension Logger {
    /// A child logger that adds `attributes` to every record; the call site's attributes win over
    /// them, and they win over this logger's bound ones. Cheap; not cached in the registry.
    public func child(attributes: [String: Value]) -> Logger {
        derived(attributes: boundAttributes.merging(attributes) { $1 })
    }

    /// A detached logger of the same name that writes only to `sinks`, ignoring the configured and
    /// scoped ones.
    public func withSinks(_ sinks: [any Sink]) -> Logger {
        derived(sinks: .some(SinkFanOut(sinks)))
    }

    /// A detached logger of the same name that writes to this logger's current sinks plus `sinks`.
    ///
    /// "Current" is resolved now: a later reconfiguration does not change the detached logger's
    /// sinks.
    public func appendSinks(_ sinks: [any Sink]) -> Logger {
        derived(sinks: .some(SinkFanOut(effectiveSinks.sinks + sinks)))
    }

    /// A detached logger of the same name that discards every record.
    public func withoutSinks() -> Logger {
        derived(sinks: .some(SinkFanOut([])))
    }

    /// A logger that never adds the task's trace context to its records, even when
    /// `autoInjectTraceContext` is on (and skips the lookup).
    public func withoutContext() -> Logger {
        derived(injectsTraceContext: false, explicitContext: .some(nil))
    }

    /// A logger whose records carry `context`, whatever the task's context and the
    /// `autoInjectTraceContext` setting (the explicit-context mode of the Go binding's `InfoCtx`).
    public func withContext(_ context: TraceContext) -> Logger {
        derived(explicitContext: .some(context))
    }

    /// The sinks a record emitted here now would go to: this logger's own, else the innermost
    /// scoped ones covering its name, else the configured ones.
    var effectiveSinks: SinkFanOut {
        if let ownSinks { return ownSinks }
        let policy = cache.current().policy
        return Ambient.current.scopedSinks(for: name, in: policy.registryID) ?? policy.fanOut
    }

    /// Waits up to `timeout` until this logger's sinks have written what was emitted before.
    public func flush(timeout: Duration = .seconds(5)) -> FlushResult {
        effectiveSinks.flush(timeout: timeout)
    }

    /// Flushes and closes this logger's sinks; idempotent.
    ///
    /// The sinks are shared with every logger that writes to them: to end logging for the
    /// process, prefer ``LoggerRegistry/shutdown(timeout:)``.
    @discardableResult
    public func close(timeout: Duration = .seconds(5)) -> FlushResult {
        effectiveSinks.close(timeout: timeout)
    }
}
