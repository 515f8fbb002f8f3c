internal import Dispatch

/// The lock-protected state of a ``DeliveryEngine``: queue, counters and the bookkeeping that
/// lets `flush` wait for "everything enqueued before the call".
///
/// Every accepted element gets a sequence number (`accepted` counts them); the worker marks a
/// batch done by advancing `completed` to the last sequence number it took. Elements dropped from
/// the queue are implicitly done once a later batch completes.
struct DeliveryState<Element: Sendable>: Sendable {
    enum Phase: Sendable, Equatable {
        case open
        case closing
        case abandoned
    }

    struct FlushWaiter: Sendable {
        let target: UInt64
        let semaphore: DispatchSemaphore
    }

    /// What the worker is doing, as far as a producer deciding whether to wake it needs to know.
    enum WorkerActivity: Sendable, Equatable {
        case working
        /// Waiting for a signal: the queue was empty (or the worker is held).
        case sleeping
        /// Waiting up to the batch delay for more records; a signal ends the wait early.
        case lingering
    }

    /// What `emit` must do once it has left the lock.
    struct Admission: Sendable, Equatable {
        var wakeWorker = false
        var waitForRoom = false
    }

    /// What the worker must do once it has left the lock.
    enum WorkerStep: Sendable {
        case deliver(QueueBatch<Element>, unblock: Int)
        case sleep
        /// Wait for more records (up to the batch delay), then deliver whatever is queued.
        case linger
        case exit
    }

    var queue: BoundedQueue<Element>
    var counters = SinkCounters()
    var phase = Phase.open
    var accepted: UInt64 = 0
    var completed: UInt64 = 0
    var inFlight = 0
    var inFlightEnd: UInt64 = 0
    var worker = WorkerActivity.working
    /// A queue shorter than this is left to grow for the batch delay (0: never). Small, so a worker
    /// that is behind keeps writing instead of letting its backlog grow.
    let lingerBelow: Int
    /// A lingering worker is called early once the queue is this long, well before it is full.
    let wakeAt: Int
    /// Whether the worker's next step may linger: not right after a linger or a large batch.
    private var mayLingerNext = true
    var held = false
    var blockedProducers = 0
    var flushWaiters: [FlushWaiter] = []
    var reportedOverflow = 0
    var failureEpoch = 0
    /// The failure epoch the latest flush reported up to: a flush reports a write failure that
    /// happened since then, even one that finished before the flush was called.
    var reportedFailureEpoch = 0
    var lastFailure: String?

    /// The batch a worker is content to write without waiting: 256 records of ~450 bytes make one
    /// ~110 KiB write, whose fixed costs (the system call, the file check) are then a few
    /// nanoseconds a record.
    static var lingerBatch: Int { 256 }

    init(capacity: Int, policy: OverflowPolicy, lingers: Bool = false) {
        queue = BoundedQueue(capacity: capacity, policy: policy)
        wakeAt = capacity * 3 / 4
        lingerBelow = lingers ? min(wakeAt, Self.lingerBatch) : 0
    }

    /// A new element from `emit`, moved out of `slot` unless the producer must wait for room (then
    /// it stays in `slot` for the retry); `isRetry` for a blocked producer trying again. A producer
    /// that may not wait (the worker itself) has a record that finds the queue full dropped.
    mutating func admit(_ slot: inout Element?, isRetry: Bool, mayWait: Bool = true) -> Admission {
        if !isRetry { counters.emitted += 1 }
        guard phase == .open, let element = slot.take() else {
            slot = nil
            counters.droppedAfterClose += 1
            return Admission()
        }
        if queue.blocksNextPush {
            guard mayWait else {
                counters.droppedQueueOverflow += 1
                return Admission()
            }
            slot = consume element
            blockedProducers += 1
            return Admission(wakeWorker: takeSleepingWorker(), waitForRoom: true)
        }
        switch queue.push(consume element) {
        case .accepted:
            accepted += 1
        case .acceptedDroppingOldest:
            accepted += 1
            counters.droppedQueueOverflow += 1
        case .rejectedNewest, .full:
            // `.full` cannot happen (`blocksNextPush` was checked first); counted, never lost silently.
            counters.droppedQueueOverflow += 1
            return Admission()
        }
        // A lingering worker wakes by itself; only a queue nearing full calls it early.
        if worker == .lingering, queue.count < wakeAt { return Admission() }
        return Admission(wakeWorker: takeSleepingWorker())
    }

    /// Marks a sleeping or lingering worker as woken and says whether it needs a signal.
    mutating func takeSleepingWorker() -> Bool {
        guard worker != .working, !held || phase != .open else { return false }
        worker = .working
        return true
    }

    /// The worker's next step. Unless its previous step was a linger (what that gathered is
    /// written, however little) or a large batch (the worker is behind: waiting would only let the
    /// backlog grow), a queue shorter than ``lingerBelow`` is left to grow for the batch delay,
    /// unless a flush is waiting or the sink is closing. (A producer waits for room only in a full
    /// queue, which is longer than ``wakeAt``, so its push has already called the worker.)
    mutating func nextStep(recycling spare: inout [Element]) -> WorkerStep {
        worker = .working  // also after a linger that timed out, which nobody ended
        let mayLinger = Swift.exchange(&mayLingerNext, with: true)
        if phase == .abandoned { return .exit }
        if !held, !queue.isEmpty {
            // A short queue waits for company unless someone is waiting on it.
            if mayLinger, queue.count < lingerBelow, phase == .open, flushWaiters.isEmpty {
                worker = .lingering
                mayLingerNext = false
                return .linger
            }
            let batch = queue.takeAll(recycling: &spare)
            mayLingerNext = batch.count < Self.lingerBatch
            inFlight = batch.count
            inFlightEnd = accepted
            let unblock = blockedProducers
            blockedProducers = 0
            return .deliver(batch, unblock: unblock)
        }
        if phase == .closing, queue.isEmpty { return .exit }
        worker = .sleeping
        return .sleep
    }

    /// Books a delivered batch of `count` elements; returns the flush waiters it satisfies.
    mutating func complete(count: Int, report: DeliveryReport) -> [DispatchSemaphore] {
        guard phase != .abandoned else { return [] }  // close() already counted this batch
        let delivered = min(report.delivered, count)
        let encodeErrors = min(report.droppedEncodeError, count - delivered)
        counters.delivered += delivered
        counters.droppedEncodeError += encodeErrors
        counters.droppedSinkError += count - delivered - encodeErrors
        counters.nonFiniteReplaced += report.nonFiniteReplaced
        if let failure = report.failure {
            lastFailure = failure
            failureEpoch += 1
        }
        inFlight = 0
        completed = inFlightEnd
        let done = completed
        return takeWaiters { $0.target <= done }
    }

    /// Moves to `closing`; returns whether this call did it, plus who to wake.
    mutating func beginClose() -> (first: Bool, wakeWorker: Bool, unblock: Int) {
        guard phase == .open else { return (false, false, 0) }
        phase = .closing
        let unblock = blockedProducers
        blockedProducers = 0
        return (true, takeSleepingWorker(), unblock)
    }

    /// Gives up on a stalled destination: counts everything queued or in flight as dropped.
    mutating func abandon() -> (dropped: Int, waiters: [DispatchSemaphore], wakeWorker: Bool, unblock: Int) {
        guard phase != .abandoned else { return (0, [], false, 0) }
        phase = .abandoned
        let dropped = queue.removeAll() + inFlight
        counters.droppedSinkError += dropped
        inFlight = 0
        completed = accepted
        let unblock = blockedProducers
        blockedProducers = 0
        return (dropped, takeWaiters { _ in true }, takeSleepingWorker(), unblock)
    }

    mutating func removeWaiter(_ semaphore: DispatchSemaphore) -> Bool {
        guard let index = flushWaiters.firstIndex(where: { $0.semaphore === semaphore }) else { return false }
        flushWaiters.remove(at: index)
        return true
    }

    private mutating func takeWaiters(where ready: (FlushWaiter) -> Bool) -> [DispatchSemaphore] {
        guard !flushWaiters.isEmpty else { return [] }
        var taken: [DispatchSemaphore] = []
        flushWaiters.removeAll { waiter in
            guard ready(waiter) else { return false }
            taken.append(waiter.semaphore)
            return true
        }
        return taken
    }
}
