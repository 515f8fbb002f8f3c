/// What a sink's bounded queue does with a record that arrives while the queue is full.
///
/// The default, ``dropOldest``, keeps the newest records and never blocks the caller. Every
/// dropped record is counted in ``SinkCounters/droppedQueueOverflow``.
public struct OverflowPolicy: Sendable, Hashable, CustomStringConvertible {
    enum Kind: String, Sendable, Hashable {
        case dropOldest = "drop_oldest"
        case dropNewest = "drop_newest"
        case block
    }

    let kind: Kind

    /// Drops the oldest queued record to make room for the new one (the default).
    public static let dropOldest = OverflowPolicy(kind: .dropOldest)
    /// Drops the new record and keeps the queue as it is.
    public static let dropNewest = OverflowPolicy(kind: .dropNewest)
    /// Blocks the caller of `emit` until the sink's worker makes room (or the sink closes).
    ///
    /// Use it only where losing a record is worse than stalling the caller: a sink whose
    /// destination stops accepting writes then stalls every emitting thread.
    public static let block = OverflowPolicy(kind: .block)

    /// The policy's name: `drop_oldest`, `drop_newest` or `block`.
    public var description: String {
        kind.rawValue
    }
}
