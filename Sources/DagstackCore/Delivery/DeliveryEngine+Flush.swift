internal import Dispatch
internal import Glibc
internal import Synchronization

extension DeliveryEngine {
    /// Waits until everything accepted before the call is delivered, or `deadline`; fails when a
    /// write failed since the previous flush reported, whether before or during this one.
    func flush(until deadline: Deadline) -> FlushResult {
        let semaphore = DispatchSemaphore(value: 0)
        let (epoch, waits) = addFlushWaiter(semaphore, onlyWhileOpen: false)
        guard waits else { return currentOutcome(since: epoch) }
        if semaphore.wait(timeout: deadline.dispatchTime) == .timedOut {
            let (stillWaiting, pending) = state.withLock { ($0.removeWaiter(semaphore), $0.counters.pending) }
            if stillWaiting {
                _ = events(.flushTimedOut(pending: pending))
                let message =
                    "\(pending) record(s) still queued or being written when the flush timed out; "
                    + "the destination is slow or stalled"
                return .failed(id: sinkID, error: SinkError(code: .timedOut, message: message))
            }
        }
        return currentOutcome(since: epoch)
    }

    /// Registers `semaphore` to be signalled once everything accepted so far is delivered, and
    /// wakes a lingering worker; `waits` is false when there is nothing to wait for (or, with
    /// `onlyWhileOpen`, the sink is closing).
    private func addFlushWaiter(_ semaphore: DispatchSemaphore, onlyWhileOpen: Bool) -> (epoch: Int, waits: Bool) {
        let (epoch, waits, wake) = state.withLock { state in
            let open = onlyWhileOpen ? state.phase == .open : state.phase != .abandoned
            let waits = open && state.completed < state.accepted
            if waits { state.flushWaiters.append(.init(target: state.accepted, semaphore: semaphore)) }
            // A lingering worker would otherwise finish its wait before starting on this flush.
            let wake = waits && state.worker == .lingering && state.takeSleepingWorker()
            return (state.reportedFailureEpoch, waits, wake)
        }
        if wake { wakeWorker.signal() }
        return (epoch, waits)
    }

    /// The first half of the flush at exit (``ExitFlush``): everything accepted so far is to be
    /// written and a lingering worker starts on it; `nil` when there is nothing to wait for, the
    /// sink is already closing (its `close` has its own timeout), or this is the sink's own worker.
    func beginExitFlush() -> DispatchSemaphore? {
        guard pthread_self() != workerThread.load(ordering: .relaxed) else { return nil }
        let semaphore = DispatchSemaphore(value: 0)
        return addFlushWaiter(semaphore, onlyWhileOpen: true).waits ? semaphore : nil
    }

    /// The second half: waits until `deadline`; a flush still waiting then is withdrawn without a
    /// report (a diagnostic written to a standard error nobody reads could block the exit).
    func endExitFlush(_ semaphore: DispatchSemaphore, until deadline: Deadline) {
        if semaphore.wait(timeout: deadline.dispatchTime) == .timedOut {
            _ = state.withLock { $0.removeWaiter(semaphore) }
        }
    }

    /// Success, or the failure that happened since `epoch` (or the abandonment); what it reports
    /// is not reported again by the next flush.
    private func currentOutcome(since epoch: Int) -> FlushResult {
        let (phase, failureEpoch, lastFailure) = state.withLock { state in
            state.reportedFailureEpoch = max(state.reportedFailureEpoch, state.failureEpoch)
            return (state.phase, state.failureEpoch, state.lastFailure)
        }
        if phase == .abandoned {
            let message = "the sink was closed while its destination stalled; queued records were dropped"
            return .failed(id: sinkID, error: SinkError(code: .abandoned, message: message))
        }
        if failureEpoch != epoch {
            let message = (lastFailure ?? "a write failed") + "; the sink's counters show what was dropped"
            return .failed(id: sinkID, error: SinkError(code: .writeFailed, message: message))
        }
        return .succeeded
    }
}
