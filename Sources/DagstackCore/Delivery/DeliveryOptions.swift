/// How a sink's delivery engine buffers records between the caller and the sink's worker.
public struct DeliveryOptions: Sendable, Hashable {
    /// The most records the queue holds; values below 1 are treated as 1.
    public var capacity: Int
    /// What happens to a record that arrives while the queue is full.
    public var overflow: OverflowPolicy
    /// How long `close()` waits for queued records to be written before it gives up on them.
    ///
    /// Records still queued (or being written) when it runs out are counted as dropped with
    /// reason "sink error", so the counters add up even when the destination stalls.
    public var closeTimeout: Duration

    /// Creates delivery options; the defaults suit a local file or terminal.
    public init(capacity: Int = 8192, overflow: OverflowPolicy = .dropOldest, closeTimeout: Duration = .seconds(5)) {
        self.capacity = max(1, capacity)
        self.overflow = overflow
        self.closeTimeout = closeTimeout
    }
}
