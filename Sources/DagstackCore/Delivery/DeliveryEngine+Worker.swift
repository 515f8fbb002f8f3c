internal import Dispatch
internal import Synchronization

extension DeliveryEngine {
    /// The worker loop: take everything queued, deliver it as one batch, book it, repeat.
    func runWorker() {
        var spare: [Element] = []
        while true {
            switch state.withLock({ $0.nextStep(recycling: &spare) }) {
            case .sleep:
                wakeWorker.wait()
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
