internal import Synchronization

/// A sink that keeps typed ``LogRecord``s in memory: the test kit of the logger.
///
/// It stores records as they are (no serialisation) in a ring buffer of ``capacity`` records;
/// when full, the oldest record is dropped and counted in ``SinkCounters/droppedQueueOverflow``.
/// `emit` is synchronous (a short lock, no I/O), so a record is visible to ``records()`` as soon
/// as `emit` returns. See `InMemorySink+Queries.swift` for the assertion helpers.
public final class InMemorySink: Sink {
    private struct State: Sendable {
        // Exactly the retained records; once full, the oldest sits at `head` (ring order).
        var storage: [LogRecord] = []
        var head = 0
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
    private let state = Mutex(State())

    /// Creates an empty sink keeping at most `capacity` records (at least 1).
    public init(capacity: Int = 1000, minSeverity: Severity = .trace) {
        self.capacity = max(1, capacity)
        self.minSeverity = minSeverity
        let instance = Self.nextInstance.wrappingAdd(1, ordering: .relaxed).oldValue
        self.id = "in-memory:cap=\(self.capacity)#\(instance)"
    }

    /// Stores the record, dropping the oldest one when full; ignored (and counted) after close.
    public func emit(_ record: LogRecord) {
        let capacity = self.capacity
        state.withLock { state in
            state.counters.emitted += 1
            guard !state.closed else {
                state.counters.droppedAfterClose += 1
                return
            }
            state.counters.delivered += 1
            if state.storage.count < capacity {
                state.storage.append(record)
                return
            }
            state.storage[state.head] = record
            state.head = state.head + 1 == capacity ? 0 : state.head + 1
            state.counters.delivered -= 1
            state.counters.droppedQueueOverflow += 1
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
        state.withLock { state in
            guard state.head != 0 else { return state.storage }
            return Array(state.storage[state.head...] + state.storage[..<state.head])
        }
    }

    /// Forgets every stored record (the counters keep their totals).
    public func clear() {
        state.withLock { state in
            state.storage.removeAll()
            state.head = 0
        }
    }
}
