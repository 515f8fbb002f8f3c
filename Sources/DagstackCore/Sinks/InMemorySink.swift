internal import Synchronization

/// A sink that keeps typed ``LogRecord``s in memory: the test kit of the logger.
///
/// It stores records as they are (no serialisation) in a ring buffer of ``capacity`` records;
/// when full, the oldest record is dropped and counted in ``SinkCounters/droppedQueueOverflow``.
/// `emit` is synchronous (a short lock, no I/O), so a record is visible to ``records()`` as soon
/// as `emit` returns. See `InMemorySink+Queries.swift` for the assertion helpers.
public final class InMemorySink: Sink {
    private struct State: Sendable {
        /// The retained records: a ring that drops its oldest record when full.
        var queue: BoundedQueue<LogRecord>
        var counters = SinkCounters()
        var closed = false
    }

    private static let nextInstance = Atomic<Int>(1)

    /// `in-memory:cap=<capacity>#<n>`, unique within the process.
    public let id: String
    /// The most records kept.
    public let capacity: Int
    /// Records below this severity are not accepted.
    public let minSeverity: Severity
    private let state: Mutex<State>

    /// Creates an empty sink keeping at most `capacity` records (at least 1).
    public init(capacity: Int = 1000, minSeverity: Severity = .trace) {
        self.capacity = max(1, capacity)
        self.minSeverity = minSeverity
        self.state = Mutex(State(queue: BoundedQueue(capacity: self.capacity, policy: .dropOldest)))
        let instance = Self.nextInstance.wrappingAdd(1, ordering: .relaxed).oldValue
        self.id = "in-memory:cap=\(self.capacity)#\(instance)"
    }

    /// Stores the record, dropping the oldest one when full; ignored (and counted) after close.
    public func emit(_ record: LogRecord) {
        state.withLock { state in
            state.counters.emitted += 1
            guard !state.closed else {
                state.counters.droppedAfterClose += 1
                return
            }
            switch state.queue.push(record) {
            case .accepted:
                state.counters.delivered += 1
            case .acceptedDroppingOldest, .rejectedNewest, .full:
                // Drop-oldest only ever answers `.acceptedDroppingOldest`: the oldest record went.
                state.counters.droppedQueueOverflow += 1
            }
        }
    }

    /// Nothing is ever pending: succeeds at once.
    public func flush(timeout: Duration) -> FlushResult {
        .succeeded
    }

    /// Stops accepting records; the stored ones stay readable.
    @discardableResult
    public func close() -> FlushResult {
        state.withLock { $0.closed = true }
        return .succeeded
    }

    /// `true` for `severity` at or above ``minSeverity``.
    public func supportsSeverity(_ severity: Severity) -> Bool {
        severity >= minSeverity
    }

    /// The counters; `delivered` counts records stored and not pushed out by newer ones.
    public var counters: SinkCounters? {
        state.withLock { $0.counters }
    }

    /// The stored records, oldest first (a copy).
    public func records() -> [LogRecord] {
        state.withLock { Array($0.queue.elements) }
    }

    /// How many records are stored.
    public var count: Int {
        state.withLock { $0.queue.count }
    }

    /// Forgets every stored record (the counters keep their totals).
    public func clear() {
        state.withLock { _ = $0.queue.removeAll() }
    }
}
