/// A bounded FIFO with an overflow policy: the pure core of a sink's delivery queue.
///
/// It does no locking and no waiting; the engine holds it under a lock and acts on what
/// ``push(_:)`` returns. Elements live in a ring that only wraps once the queue is full, and
/// ``takeAll(recycling:)`` hands the whole ring to the worker in O(1), taking an emptied buffer
/// back in exchange so the steady state allocates nothing.
package struct BoundedQueue<Element> {
    /// What a push did.
    package enum PushOutcome: Sendable, Equatable {
        /// The element was queued.
        case accepted
        /// The element was queued and the oldest one dropped to make room.
        case acceptedDroppingOldest
        /// The queue was full and the element was dropped (``OverflowPolicy/dropNewest``).
        case rejectedNewest
        /// The queue was full and the element was not queued; the caller should wait and retry
        /// (``OverflowPolicy/block``).
        case full
    }

    package let capacity: Int
    package let policy: OverflowPolicy
    // Holds exactly `count` elements; once full, the oldest sits at `head` (ring order).
    private var storage: [Element] = []
    private var head = 0

    package init(capacity: Int, policy: OverflowPolicy) {
        self.capacity = max(1, capacity)
        self.policy = policy
    }

    package var count: Int { storage.count }
    /// The queued elements, oldest first, without taking them.
    package var elements: QueueBatch<Element> { QueueBatch(storage: storage, head: head) }
    package var isEmpty: Bool { storage.isEmpty }
    /// Whether a push now would report ``PushOutcome/full`` (only under ``OverflowPolicy/block``).
    package var blocksNextPush: Bool { storage.count >= capacity && policy.kind == .block }

    package mutating func push(_ element: consuming Element) -> PushOutcome {
        if storage.count < capacity {
            // Below capacity the ring has never wrapped since the last take: head is 0.
            storage.append(element)
            return .accepted
        }
        switch policy.kind {
        case .dropOldest:
            storage[head] = element
            head = head + 1 == capacity ? 0 : head + 1
            return .acceptedDroppingOldest
        case .dropNewest:
            return .rejectedNewest
        case .block:
            return .full
        }
    }

    /// Takes every queued element, oldest first, and continues with `spare` (emptied) as storage.
    package mutating func takeAll(recycling spare: inout [Element]) -> QueueBatch<Element> {
        spare.removeAll(keepingCapacity: true)
        swap(&storage, &spare)
        let batch = QueueBatch(storage: spare, head: head)
        spare = []
        head = 0
        return batch
    }

    /// Drops every queued element and returns how many there were.
    package mutating func removeAll() -> Int {
        let removed = storage.count
        storage.removeAll()
        head = 0
        return removed
    }
}

extension BoundedQueue: Sendable where Element: Sendable {}
