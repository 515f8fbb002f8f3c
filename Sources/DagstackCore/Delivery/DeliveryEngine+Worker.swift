internal import Dispatch
internal import Glibc
internal import Synchronization

extension DeliveryEngine {
    /// The worker loop: take everything queued, deliver it as one batch, book it, repeat; a short
    /// queue is first given the batch delay to grow (see ``DeliveryOptions/batchDelay``).
    ///
    /// SIGPIPE and SIGXFSZ are blocked on this thread, so a write to a pipe without reader or past
    /// the file-size limit fails with an error (counted) instead of killing the process.
    func runWorker() {
        WriteSignals.blockInCurrentThread()
        workerThread.store(pthread_self(), ordering: .relaxed)
        var spare: [Element] = []
        while true {
            let step = state.withLock { $0.nextStep(recycling: &spare) }
            switch consume step {
            case .sleep:
                wakeWorker.wait()
            case .linger:
                _ = wakeWorker.wait(timeout: Deadline.after(options.batchDelay).dispatchTime)
            case .exit:
                target.finish()
                workerExited.signal()
                return
            case .deliver(var batch, let unblock):
                for _ in 0..<unblock { roomAvailable.signal() }
                let count = batch.count
                let report = target.deliver(&batch)
                let (waiters, overflow) = state.withLock { state in
                    let waiters = state.complete(count: count, report: report)
                    return (waiters, state.counters.droppedQueueOverflow - state.reportedOverflow)
                }
                for waiter in waiters { waiter.signal() }
                spare = batch.recycle { target.recycle(&$0) }
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
