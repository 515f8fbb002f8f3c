extension DagstackBackend {
    /// Flushes and closes the shared registry's sinks when the process gets SIGTERM or SIGINT,
    /// then lets the signal take its usual effect (by default the process ends with that signal),
    /// and when the process exits normally (`exit`, or returning from `main`).
    ///
    /// Opt-in, and idempotent: call it once after bootstrapping. It takes over SIGTERM and SIGINT
    /// (a signal the process ignores, such as SIGINT in a background job, stays ignored) and,
    /// after the flush, restores their previous disposition before delivering the signal again.
    /// If something else in the process handles them (a service lifecycle library), leave this
    /// off and call ``shutdown(timeout:)`` from that shutdown path instead.
    /// The flush runs on a dispatch queue, not inside a signal handler.
    ///
    /// At a normal exit this hook closes the sinks before the sinks' own exit flush runs (which then
    /// finds nothing left to wait for) when it is installed after the sinks were created, as in
    /// the usual order; installed before any sink exists, it runs after that flush, and a stalled
    /// sink can then delay the exit by two seconds more than `timeout`.
    ///
    /// - Parameter timeout: How long the flush may take before the process goes on ending.
    public static func installShutdownHandlers(timeout: Duration = .seconds(2)) {
        ShutdownHandlers.install(timeout: timeout)
    }
}
