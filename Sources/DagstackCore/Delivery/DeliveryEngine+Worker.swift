internal import Dispatch
internal import Synchronization

extension DeliveryEngine {
    /// How long the worker waits after a batch for more records before it sleeps until
    /// signalled: a burst is written in batches about this far apart, and its producers rarely
    /// pay for a wake-up. A flush, a close or a half-full queue wakes it at once.
    static var lingerInterval: DispatchTimeInterval { .milliseconds(1) }

    /// The worker loop: take everything queued, deliver it as one batch, book it, repeat.
    func runWorker() {
        var spare: [Element] = []
        var afterBatch = false
        while true {
            let step = state.withLock { $0.nextStep(recycling: &spare, afterBatch: afterBatch) }
            afterBatch = false
            switch step {
            case .sleep:
                wakeWorker.wait()
            case .linger:
                if wakeWorker.wait(timeout: .now() + Self.lingerInterval) == .timedOut {
                    // A signal racing the timeout leaves the semaphore at 1: a later wait then
                    // returns at once and the loop looks at the state again, which is harmless.
                    state.withLock { $0.endLinger() }
                }
            case .exit:
                target.finish()
                workerExited.signal()
                return
            case .deliver(let batch, let unblock):
                for _ in 0..<unblock { roomAvailable.signal() }
                let count = batch.count
                let report = target.deliver(batch)
                let (waiters, overflow) = state.withLock { state in
                    let waiters = state.complete(count: count, report: report)
                    return (waiters, state.counters.droppedQueueOverflow - state.reportedOverflow)
                }
                for waiter in waiters { waiter.signal() }
                spare = batch.recycle()
                publish(report, overflow: overflow)
                afterBatch = true
            }
        }
    }

    private func publish(_ report: DeliveryReport, overflow: Int) {
        if let failure = report.failure {
            _ = events(.writeFailed(message: failure, dropped: report.droppedSinkError + report.droppedEncodeError))
        }
        if overflow > 0, events(.queueOverflow(dropped: overflow, policy: options.overflow)) {
            state.withLock { $0.reportedOverflow += overflow }
        }
    }
}
