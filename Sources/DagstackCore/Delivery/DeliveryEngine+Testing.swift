internal import Dispatch
internal import Synchronization

extension DeliveryEngine {
    /// Test hook: the worker stops taking batches until ``releaseWorker()``.
    func holdWorker() {
        state.withLock { $0.held = true }
    }

    /// Test hook: lets a held worker take batches again.
    func releaseWorker() {
        let wake = state.withLock { state in
            state.held = false
            return state.takeSleepingWorker()
        }
        if wake { wakeWorker.signal() }
    }

    /// Test hook: producers currently waiting for room under ``OverflowPolicy/block``.
    var blockedProducerCount: Int {
        state.withLock { $0.blockedProducers }
    }
}

extension DeliveryEngine {
    /// Test hook: whether the worker is waiting out the batch delay.
    var workerIsLingering: Bool {
        state.withLock { $0.worker == .lingering }
    }
}
