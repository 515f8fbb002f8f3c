import DagstackTestSupport
import Testing

@testable import DagstackCore

struct BoundedQueueTests {
    /// The queue's elements in batch order; read in place (as the sinks read them) and by index,
    /// which must agree, also when the ring has wrapped.
    private func drain(_ queue: inout BoundedQueue<Int>, sourceLocation: SourceLocation = #_sourceLocation) -> [Int] {
        var spare: [Int] = []
        var batch = queue.takeAll(recycling: &spare)
        var inPlace: [Int] = []
        batch.forEachInPlace { inPlace.append($0) }
        #expect(inPlace == Array(batch), sourceLocation: sourceLocation)
        return inPlace
    }

    @Test(arguments: [1, 2, 8, 13])
    func dropOldestKeepsTheNewestCapacityElementsInOrder(capacity: Int) {
        var queue = BoundedQueue<Int>(capacity: capacity, policy: .dropOldest)
        var dropped = 0
        for value in 0..<(capacity * 3 + 1) where queue.push(value) == .acceptedDroppingOldest {
            dropped += 1
        }
        let expected = Array((capacity * 2 + 1)...(capacity * 3))
        #expect(drain(&queue) == expected)
        #expect(dropped == capacity * 2 + 1)
        #expect(queue.isEmpty)
    }

    @Test
    func dropNewestKeepsTheFirstElements() {
        var queue = BoundedQueue<Int>(capacity: 3, policy: .dropNewest)
        let outcomes = (0..<5).map { queue.push($0) }
        #expect(outcomes == [.accepted, .accepted, .accepted, .rejectedNewest, .rejectedNewest])
        #expect(drain(&queue) == [0, 1, 2])
    }

    @Test
    func blockReportsFullWithoutQueueing() {
        var queue = BoundedQueue<Int>(capacity: 2, policy: .block)
        #expect(queue.push(1) == .accepted)
        #expect(queue.push(2) == .accepted)
        #expect(queue.push(3) == .full)
        #expect(drain(&queue) == [1, 2])
        #expect(queue.push(3) == .accepted)
    }

    @Test
    func takeAllRecyclesTheSpareBuffer() {
        var queue = BoundedQueue<Int>(capacity: 4, policy: .dropOldest)
        var spare: [Int] = []
        spare.reserveCapacity(64)
        _ = queue.push(1)
        var first = queue.takeAll(recycling: &spare)
        #expect(Array(first) == [1])
        for value in 2...5 { _ = queue.push(value) }
        var recycled = first.recycle { $0.removeAll(keepingCapacity: true) }
        #expect(recycled.isEmpty)
        #expect(first.isEmpty)
        let second = queue.takeAll(recycling: &recycled)
        #expect(Array(second) == [2, 3, 4, 5])
    }

    @Test
    func seededRandomOperationsMatchAReferenceModel() {
        var generator = SplitMix64(seed: 0x5EED)
        for policy in [OverflowPolicy.dropOldest, .dropNewest, .block] {
            let capacity = Int(generator.next() % 7) + 1
            var queue = BoundedQueue<Int>(capacity: capacity, policy: policy)
            var model: [Int] = []
            for value in 0..<2000 {
                if generator.next() % 5 == 0 {
                    #expect(drain(&queue) == model)
                    model.removeAll()
                    continue
                }
                _ = queue.push(value)
                if model.count < capacity {
                    model.append(value)
                } else if policy == .dropOldest {
                    model.removeFirst()
                    model.append(value)
                }
                #expect(queue.count == model.count)
            }
        }
    }
}
