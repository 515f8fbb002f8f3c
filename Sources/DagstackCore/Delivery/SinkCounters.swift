/// A snapshot of one sink's delivery counters.
///
/// Once the sink is closed, `delivered + dropped == emitted` holds exactly: every record that
/// reached the sink is either written or counted under one drop reason.
public struct SinkCounters: Sendable, Hashable {
    /// Records handed to the sink's `emit` that passed its severity filter.
    public var emitted: Int = 0
    /// Records the destination accepted (written to the file, the stream, the buffer).
    public var delivered: Int = 0
    /// Records dropped because the queue was full (see ``OverflowPolicy``).
    public var droppedQueueOverflow: Int = 0
    /// Records dropped because the destination failed (a write error, a stall at close).
    public var droppedSinkError: Int = 0
    /// Records dropped because they could not be encoded.
    public var droppedEncodeError: Int = 0
    /// Records emitted after `close()` began.
    public var droppedAfterClose: Int = 0
    /// Records written with a NaN or infinite double replaced by a string (SPEC §3.1).
    ///
    /// Such records are delivered; this counts the substitution, not a loss.
    public var nonFiniteReplaced: Int = 0

    /// Creates zeroed counters.
    public init() {}

    /// Records dropped for any reason.
    public var dropped: Int {
        droppedQueueOverflow + droppedSinkError + droppedEncodeError + droppedAfterClose
    }

    /// Records accepted but neither delivered nor dropped yet (queued or being written).
    public var pending: Int {
        emitted - delivered - dropped
    }
}
