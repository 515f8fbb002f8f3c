public import DagstackCore

extension Logger {
    /// Runs `body` with `sinks` replacing the sinks of this logger's name and its descendants,
    /// for the current task and the tasks it creates.
    ///
    /// The override is task-local: concurrent tasks each see their own, other tasks and threads
    /// keep the configured sinks, and it ends when `body` returns or throws. Loggers with their
    /// own sinks (``withSinks(_:)``) are not affected; an inner scope wins over an outer one.
    public func withScopedSinks<Success, Failure: Error>(
        _ sinks: [any Sink],
        _ body: () throws(Failure) -> Success
    ) throws(Failure) -> Success {
        try Ambient.binding(scoped(sinks), body)
    }

    /// Runs the async `body` with `sinks` replacing the sinks of this logger's name and its
    /// descendants, for the current task and the tasks it creates.
    ///
    /// The override is task-local: concurrent tasks each see their own, other tasks and threads
    /// keep the configured sinks, and it ends when `body` returns or throws.
    public func withScopedSinks<Success, Failure: Error>(
        _ sinks: [any Sink],
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws(Failure) -> Success
    ) async throws(Failure) -> Success {
        try await Ambient.binding(scoped(sinks), isolation: isolation, body)
    }

    private func scoped(_ sinks: [any Sink]) -> Ambient {
        var ambient = Ambient.current
        ambient.scopedSinks.append(ScopedSinks(registry: ObjectIdentifier(registry), name: name, sinks: sinks))
        return ambient
    }
}
