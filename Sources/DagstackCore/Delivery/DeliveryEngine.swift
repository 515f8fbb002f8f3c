internal import Dispatch
internal import Foundation
internal import Glibc
internal import Synchronization

/// The delivery mechanism every buffered sink stands on: a bounded queue drained by the sink's
/// own worker thread, with exact accounting, `flush` against a deadline and an idempotent `close`.
///
/// The caller's side (``submit(_:)``) is one short critical section: count, enqueue, and at most
/// one semaphore signal when the worker sleeps. The worker takes everything queued at once and
/// hands it to the ``DeliveryTarget`` as one batch, so encoding and I/O never run on the caller's
/// thread and many records cost one write.
package final class DeliveryEngine<Target: DeliveryTarget> {
    package typealias Element = Target.Element

    package let sinkID: String
    package let options: DeliveryOptions
    let state: Mutex<DeliveryState<Element>>
    let wakeWorker = DispatchSemaphore(value: 0)
    let roomAvailable = DispatchSemaphore(value: 0)
    let workerExited = DispatchSemaphore(value: 0)
    /// The worker thread's `pthread_self()`, once it runs (0 before).
    let workerThread = Atomic<UInt>(0)
    let events: DeliveryEventHandler
    // Touched by the worker thread only (see the Sendable note at the bottom).
    let target: Target

    /// Creates the engine and starts its worker thread.
    ///
    /// - Parameters:
    ///   - sinkID: the owning sink's id, used in reports.
    ///   - target: the destination; from now on only the worker thread touches it.
    ///   - events: where drops, write failures and timeouts are reported (the internal channel).
    package init(
        sinkID: String,
        target: Target,
        options: DeliveryOptions,
        events: @escaping DeliveryEventHandler
    ) {
        self.sinkID = sinkID
        self.options = options
        self.target = target
        self.events = events
        self.state = Mutex(
            DeliveryState(capacity: options.capacity, policy: options.overflow, lingers: options.batchDelay > .zero)
        )
        // Named from inside: on Linux, Foundation applies a name set before `start()` to the
        // Thread object only, not to the OS thread that `ps`, `top` and debuggers show.
        let thread = Thread { [self] in
            Thread.current.name = "dagstack-sink"
            runWorker()
        }
        thread.start()
        ExitFlush.shared.register(self)
    }

    /// Enqueues one element; never blocks unless the policy is ``OverflowPolicy/block``.
    ///
    /// The worker itself never waits: a sink that logs into itself while writing would wait for
    /// room only it can make, so under `block` its record is dropped (counted as overflow) instead.
    package func submit(_ element: consuming Element) {
        // Moved through an optional so the element enters the queue without another copy.
        var slot: Element? = consume element
        let mayWait = options.overflow != .block || pthread_self() != workerThread.load(ordering: .relaxed)
        var admission = state.withLock { $0.admit(&slot, isRetry: false, mayWait: mayWait) }
        while true {
            if admission.wakeWorker { wakeWorker.signal() }
            guard admission.waitForRoom else { return }
            roomAvailable.wait()
            admission = state.withLock { $0.admit(&slot, isRetry: true) }
        }
    }

    /// A snapshot of the counters.
    package var counters: SinkCounters {
        state.withLock { $0.counters }
    }

    /// Waits until everything submitted before the call has been delivered, or `timeout`.
    package func flush(timeout: Duration) -> FlushResult {
        flush(until: .after(timeout))
    }

    /// Flushes, stops accepting, lets the worker finish and release the destination.
    ///
    /// Idempotent. Waits at most ``DeliveryOptions/closeTimeout``; when the destination stalls
    /// past it, whatever is still queued or being written is counted as dropped (sink error) and
    /// the worker is left to exit whenever its write returns.
    @discardableResult
    package func close() -> FlushResult {
        let deadline = Deadline.after(options.closeTimeout)
        let first = beginClose()
        let result = flush(until: deadline)
        guard first else { return result }
        guard result.failedSinks.contains(where: { $0.error.code == .timedOut }) else {
            _ = workerExited.wait(timeout: deadline.dispatchTime)
            return result
        }
        let abandoned = state.withLock { $0.abandon() }
        for waiter in abandoned.waiters { waiter.signal() }
        for _ in 0..<abandoned.unblock { roomAvailable.signal() }
        if abandoned.wakeWorker { wakeWorker.signal() }
        if abandoned.dropped > 0 { _ = events(.abandoned(dropped: abandoned.dropped)) }
        return result
    }

    /// Stops accepting and lets the worker drain and exit, without waiting (for `deinit`).
    package func closeInBackground() {
        _ = beginClose()
    }

    private func beginClose() -> Bool {
        let begun = state.withLock { $0.beginClose() }
        for _ in 0..<begun.unblock { roomAvailable.signal() }
        if begun.wakeWorker { wakeWorker.signal() }
        return begun.first
    }
}

// Safe: all mutable state is inside the `Mutex`; `target` is confined to the worker thread.
extension DeliveryEngine: @unchecked Sendable {}
