import Synchronization
import Testing

@testable import DagstackCore

/// The worker hands a delivered batch to its target's `recycle` as the only reference to the
/// batch's buffer: the attribute-buffer pool empties each record's buffer in place, which it can
/// only do when nothing else (a copy of the batch) still holds the records.
struct BatchRecyclingTests {
    /// An element whose references the target can count.
    final class Token: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    /// Records, per recycled batch, how many elements it held and how many of them were
    /// referenced from the batch alone.
    final class CountingTarget: DeliveryTarget {
        struct Recycled: Equatable {
            var count: Int
            var unique: Int
        }

        let recycled = Mutex<[Recycled]>([])
        let delivered = Mutex(0)

        func deliver(_ batch: inout QueueBatch<Token>) -> DeliveryReport {
            delivered.withLock { $0 += batch.count }
            return DeliveryReport(delivered: batch.count)
        }

        func finish() {}

        func recycle(_ elements: inout [Token]) {
            var unique = 0
            for index in elements.indices where isKnownUniquelyReferenced(&elements[index]) {
                unique += 1
            }
            recycled.withLock { $0.append(Recycled(count: elements.count, unique: unique)) }
            elements.removeAll(keepingCapacity: true)
        }
    }

    @Test(arguments: [1, 7, 64, 300])
    func aDeliveredBatchReachesRecycleAsTheOnlyReferenceToItsElements(batch: Int) {
        let target = CountingTarget()
        let engine = DeliveryEngine(
            sinkID: "test:recycling",
            target: target,
            options: DeliveryOptions(capacity: 512, overflow: .block),
            events: EventLog().handler
        )
        for round in 0..<4 {
            // Held, so each round is delivered as one batch of `batch` elements.
            engine.holdWorker()
            for value in 0..<batch { engine.submit(Token(round * batch + value)) }
            engine.releaseWorker()
            #expect(engine.flush(timeout: .seconds(5)).success)
        }
        engine.close()
        let recycled = target.recycled.withLock { $0 }
        #expect(target.delivered.withLock { $0 } == 4 * batch)
        #expect(recycled.map(\.count).reduce(0, +) == 4 * batch)
        for entry in recycled {
            // A copy of the batch would hold every element a second time, in a buffer of its own.
            #expect(entry.unique == entry.count, "\(entry)")
        }
    }
}

// Safe: the mutable state is in Mutexes.
extension BatchRecyclingTests.CountingTarget: @unchecked Sendable {}
