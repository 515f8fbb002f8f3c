/// The elements a worker took from a ``BoundedQueue`` in one go, oldest first.
package struct QueueBatch<Element>: RandomAccessCollection {
    private var storage: [Element]
    private var head: Int

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

    /// Calls `body` with each element in order, in place. A `for` loop over the batch copies each
    /// element out (for a record, a retain and a release of each of its references); a borrowed
    /// element passed on is copied too, as the compiler cannot rule out a write to it during the
    /// call. Exclusive (`inout`) access needs neither. `body` reads; it has no reason to write.
    package mutating func forEachInPlace(_ body: (inout Element) -> Void) {
        let head = self.head
        storage.withUnsafeMutableBufferPointer { elements in
            for index in head..<elements.count { body(&elements[index]) }
            for index in 0..<head { body(&elements[index]) }
        }
    }

    /// Gives the batch's buffer back, emptied by `empty` (which must keep its capacity), for the
    /// next take; the batch is left empty.
    ///
    /// The buffer is moved out before `empty` runs, so it is the only reference: a `consuming`
    /// form that emptied `storage` in place measured a copy of the whole batch (each element
    /// retained, into a buffer sized to the batch) on every take, and the producers' next
    /// appends then regrew the queue from that smaller buffer.
    package mutating func recycle(_ empty: (inout [Element]) -> Void) -> [Element] {
        var buffer = Swift.exchange(&storage, with: [])
        head = 0
        empty(&buffer)
        return buffer
    }
}

extension QueueBatch: Sendable where Element: Sendable {}
