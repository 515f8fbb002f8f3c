internal import Synchronization

extension LoggerRegistry {
    /// Restores the registry to its unconfigured state (INFO, no sinks) and forgets its front-end
    /// objects, without closing the old sinks. For the one serialized test suite of the shared
    /// registry; never call it in product code.
    package func resetForTesting() {
        state.withLock { state in
            state = State()
            generationCounter.add(1, ordering: .releasing)
        }
    }
}
