/// The elements a worker took from a ``BoundedQueue`` in one go, oldest first.
package struct QueueBatch<Element>: RandomAccessCollection {
    private var storage: [Element]
    private let head: Int

    init(storage: [Element], head: Int) {
        self.storage = storage
        self.head = storage.isEmpty ? 0 : head % storage.count
    }

    /// A batch of `elements` in the given order.
    package init(_ elements: [Element]) {
        self.init(storage: elements, head: 0)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { storage.count }

    package subscript(position: Int) -> Element {
        let index = head + position
        return storage[index < storage.count ? index : index - storage.count]
    }

    /// Gives the batch's buffer back, emptied by `empty` (which must keep its capacity), for the
    /// next take.
    package consuming func recycle(_ empty: (inout [Element]) -> Void) -> [Element] {
        empty(&storage)
        return storage
    }
}

extension QueueBatch: Sendable where Element: Sendable {}
