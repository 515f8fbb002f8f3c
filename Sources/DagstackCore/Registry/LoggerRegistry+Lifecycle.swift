internal import Synchronization

extension LoggerRegistry {
    /// Waits up to `timeout` until every configured sink has written what was emitted before the
    /// call; the sinks are flushed in parallel against one deadline.
    public func flush(timeout: Duration = .seconds(5)) -> FlushResult {
        SinkFanOut(currentSinks).flush(timeout: timeout)
    }

    /// Flushes and closes every configured sink; records emitted afterwards are dropped and
    /// counted by the sinks. Idempotent: a second call does nothing and succeeds.
    ///
    /// A later `configure` or `reconfigure` starts the registry again; sinks built from a
    /// ``LoggingConfiguration`` are then opened anew, sink instances you pass must be new ones.
    @discardableResult
    public func shutdown(timeout: Duration = .seconds(5)) -> FlushResult {
        let sinks: [any Sink]? = state.withLock { state in
            guard !state.isShutDown else { return nil }
            state.isShutDown = true
            let sinks = state.configuration.allSinks
            // Closed sinks must not be reused by a later reconfiguration with equal settings.
            state.configuration.builtSinks = []
            return sinks
        }
        guard let sinks else { return .succeeded }
        return SinkFanOut(sinks).close(timeout: timeout)
    }
}
