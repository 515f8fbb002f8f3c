/// Runs `body` with `context` as the task's trace context (or with none, for `nil`).
///
/// Records emitted inside carry the context's ids when `autoInjectTraceContext` is on. The
/// binding is task-local: child tasks inherit it, and it ends with the closure.
public func withTraceContext<Success, Failure: Error>(
    _ context: TraceContext?,
    _ body: () throws(Failure) -> Success
) throws(Failure) -> Success {
    var ambient = Ambient.current
    ambient.trace = context
    return try Ambient.binding(ambient, body)
}

/// Runs the async `body` with `context` as the task's trace context (or with none, for `nil`).
///
/// Records emitted inside carry the context's ids when `autoInjectTraceContext` is on. The
/// binding is task-local: child tasks inherit it, and it ends with the closure.
public func withTraceContext<Success, Failure: Error>(
    _ context: TraceContext?,
    isolation: isolated (any Actor)? = #isolation,
    _ body: () async throws(Failure) -> Success
) async throws(Failure) -> Success {
    var ambient = Ambient.current
    ambient.trace = context
    return try await Ambient.binding(ambient, isolation: isolation, body)
}
