/// Something a delivery engine wants reported on the internal channel.
package enum DeliveryEvent: Sendable, Equatable {
    /// Records were dropped because the queue was full (the count since the last report).
    case queueOverflow(dropped: Int, policy: OverflowPolicy)
    /// The destination failed a write; `dropped` records of the batch were lost.
    case writeFailed(message: String, dropped: Int)
    /// A flush ran out of time with `pending` records still queued or being written.
    case flushTimedOut(pending: Int)
    /// `close()` gave up on a stalled destination and dropped `dropped` records.
    case abandoned(dropped: Int)
}

/// Receives an engine's events; returns whether the event was reported (not rate-limited away).
///
/// Called without any engine lock held, from the worker thread or from the thread that flushes.
package typealias DeliveryEventHandler = @Sendable (DeliveryEvent) -> Bool
