extension Logger {
    /// The task-local logger behind ``Logger/current`` and `withLogger` (SLG-0006).
    ///
    /// Its unbound default is `Logger(label: "")`, made by the bootstrapped factory the first time
    /// the task-local is touched anywhere in the process and reused from then on.
    @usableFromInline
    static let taskLocalLogger = TaskLocal(wrappedValue: Logger(label: ""))

    /// The logger bound by the nearest enclosing `withLogger` scope.
    ///
    /// Outside any scope it is the process-wide default, `Logger(label: "")`, made by the factory
    /// in place when the task-local was first touched: bootstrap before any task-local logger use.
    /// The binding follows structured concurrency (`async let`, task groups, `Task {}`) but not
    /// `Task.detached`.
    @inlinable
    public static var current: Logger {
        Self.taskLocalLogger.get()
    }

    /// Runs `operation` with `logger` bound as ``current``.
    @inlinable
    static func withTaskLocalLogger<Return, Failure: Error>(
        _ logger: Logger,
        operation: () throws(Failure) -> Return
    ) throws(Failure) -> Return {
        let outcome = Self.taskLocalLogger.withValue(logger) { Result(catching: operation) }
        return try outcome.get()
    }

    /// Runs `operation` with `logger` bound as ``current``, on the caller's isolation.
    @inlinable
    nonisolated(nonsending) static func withTaskLocalLogger<Return, Failure: Error>(
        _ logger: Logger,
        operation: nonisolated(nonsending) () async throws(Failure) -> Return
    ) async throws(Failure) -> Return {
        let outcome: Result<Return, Failure> = await Self.taskLocalLogger.withValue(logger) {
            do throws(Failure) {
                return .success(try await operation())
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
