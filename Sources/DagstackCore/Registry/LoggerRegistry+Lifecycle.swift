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
    /// A later `configure` or `reconfigure` starts the registry again with its new sinks.
    @discardableResult
    public func shutdown(timeout: Duration = .seconds(5)) -> FlushResult {
        let sinks: [any Sink]? = state.withLock { state in
            guard !state.isShutDown else { return nil }
            state.isShutDown = true
            return state.configuration.allSinks
        }
        guard let sinks else { return .succeeded }
        return SinkFanOut(sinks).close(timeout: timeout)
    }
}
