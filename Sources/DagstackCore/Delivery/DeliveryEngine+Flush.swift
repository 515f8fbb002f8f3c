internal import Dispatch
internal import Synchronization

extension DeliveryEngine {
    /// Waits until everything accepted before the call is delivered, or `deadline`.
    func flush(until deadline: Deadline) -> FlushResult {
        let semaphore = DispatchSemaphore(value: 0)
        let epoch: Int? = state.withLock { state in
            if state.phase == .abandoned || state.completed >= state.accepted { return nil }
            state.flushWaiters.append(.init(target: state.accepted, semaphore: semaphore))
            return state.failureEpoch
        }
        guard let epoch else { return currentOutcome(since: nil) }
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

    /// Success, or the failure that happened since `epoch` (or the abandonment).
    private func currentOutcome(since epoch: Int?) -> FlushResult {
        let (phase, failureEpoch, lastFailure) = state.withLock { ($0.phase, $0.failureEpoch, $0.lastFailure) }
        if phase == .abandoned {
            let message = "the sink was closed while its destination stalled; queued records were dropped"
            return .failed(id: sinkID, error: SinkError(code: .abandoned, message: message))
        }
        if let epoch, failureEpoch != epoch {
            let message = (lastFailure ?? "a write failed") + "; the sink's counters show what was dropped"
            return .failed(id: sinkID, error: SinkError(code: .writeFailed, message: message))
        }
        return .succeeded
    }
}
