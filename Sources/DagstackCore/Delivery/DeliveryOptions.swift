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
    /// How long the worker waits for more records when it finds only a few queued (fewer than 256,
    /// or three quarters of ``capacity`` if that is less); negative values are treated as zero.
    ///
    /// A record waits at most this long (plus the write before it): a worker that is behind
    /// writes without waiting, and a waiting one starts at once on `flush`, on `close`, when the
    /// queue reaches three quarters of ``capacity`` or when a producer waits for room. Waiting
    /// turns a trickle of records into a few large writes: at 100k records/s the FileSink's worker
    /// spends about a fifth of the CPU per record it spends writing each record as it arrives
    /// (`dagstack-bench`, scenario 9). `.zero` writes as soon as the worker is free.
    public var batchDelay: Duration

    /// Creates delivery options; the defaults suit a local file or terminal.
    public init(
        capacity: Int = 8192,
        overflow: OverflowPolicy = .dropOldest,
        closeTimeout: Duration = .seconds(5),
        batchDelay: Duration = .milliseconds(1)
    ) {
        self.capacity = max(1, capacity)
        self.overflow = overflow
        self.closeTimeout = closeTimeout
        self.batchDelay = max(.zero, batchDelay)
    }
}
