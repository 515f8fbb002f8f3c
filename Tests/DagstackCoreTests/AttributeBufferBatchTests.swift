import DagstackTestSupport
import Synchronization
import Testing

@testable import DagstackCore

/// The pool hands buffers to logging threads up to 32 at a time, so a record takes its buffer from
/// its thread's own stash instead of through the pool's lock.
struct AttributeBufferBatchTests {
    private func records(_ count: Int, attributes: Int) -> [LogRecord] {
        (0..<count).map { number in
            var values: [String: Value] = [:]
            for index in 0..<attributes { values["key.\(index)"] = .int(Int64(number * 100 + index)) }
            return LogRecord(timeUnixNano: 1, severity: .info, body: "pooled", attributes: values)
        }
    }

    /// Hands `pool` a worker's batch of `count` records with `attributes` attributes each.
    private func recycle(_ count: Int, attributes: Int, into pool: AttributeBufferPool) {
        var batch = records(count, attributes: attributes)
        pool.recycle(&batch)
    }

    /// Whatever the batches the workers hand back, a thread takes the pooled buffers at most
    /// `batchSize` at a time, from the latest batch, each empty with its capacity, until none is left.
    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func aThreadTakesAtMostTheBatchSizeAtOnceUntilThePoolIsEmpty(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pool = AttributeBufferPool(limit: 4096, largestCapacity: 64)
        var latest: [Int] = []  // the sizes of the pooled batches, latest last
        for _ in 0..<1 + random.below(4) {
            let count = 1 + random.below(150)
            recycle(count, attributes: 1 + random.below(6), into: pool)
            latest.append(count)
            #expect(pool.count == latest.reduce(0, +))
        }
        var stash: [[AttributeList.Entry]] = []
        while let last = latest.last {
            let before = stash.count
            pool.take(AttributeBufferPool.batchSize, into: &stash)
            let moved = stash.count - before
            let expected = min(last, AttributeBufferPool.batchSize)
            #expect(moved == expected)
            guard moved == expected else { break }  // the model no longer applies
            latest[latest.count - 1] -= moved
            if latest[latest.count - 1] == 0 { latest.removeLast() }
            #expect(pool.count == latest.reduce(0, +))
        }
        #expect(stash.allSatisfy { $0.isEmpty && $0.capacity > 0 })
        let held = stash.count
        pool.take(AttributeBufferPool.batchSize, into: &stash)
        #expect(pool.count == 0)
        #expect(stash.count == held)
    }

    /// A take comes from the latest batch a worker handed back, also when an older one was taken
    /// from already; the older one's buffers wait in the pool for later takes.
    @Test
    func aTakeComesFromTheLatestBatchAndTheOlderOnesWait() {
        let pool = AttributeBufferPool(limit: 4096, largestCapacity: 64)
        recycle(40, attributes: 2, into: pool)
        var stash: [[AttributeList.Entry]] = []
        pool.take(AttributeBufferPool.batchSize, into: &stash)  // 32 of the 40
        #expect(pool.count == 8)
        recycle(5, attributes: 9, into: pool)  // buffers with room for 9 entries
        stash.removeAll()
        pool.take(AttributeBufferPool.batchSize, into: &stash)
        #expect(stash.count == 5)
        #expect(stash.allSatisfy { $0.capacity >= 9 })
        #expect(pool.count == 8)
        stash.removeAll()
        pool.take(AttributeBufferPool.batchSize, into: &stash)
        #expect(stash.count == 8)
        #expect(pool.count == 0)
    }

    @Test
    func aThreadTakesNothingWhileTheLockIsHeld() {
        let pool = AttributeBufferPool(limit: 64, largestCapacity: 64)
        recycle(10, attributes: 2, into: pool)
        var stash: [[AttributeList.Entry]] = []
        pool.stock.withLock { _ in pool.take(AttributeBufferPool.batchSize, into: &stash) }
        #expect(stash.isEmpty)
        #expect(pool.count == 10)
    }

    /// A thread's buffers come from its stash until it is empty, then from the next batch, and a
    /// new buffer is made once the pool is empty too; each is empty with room for the entries asked.
    @Test
    func aThreadUsesItsBatchBeforeThePoolAndAllocatesOnlyWhenBothAreEmpty() {
        let pool = AttributeBufferPool(limit: 4096, largestCapacity: 64)
        let total = AttributeBufferPool.batchSize + 8
        recycle(total, attributes: 3, into: pool)
        var state = PipelineThreadState()
        for number in 0..<total {
            let stashed = state.attributeBuffers.count
            let pooled = pool.count
            let minimum = 1 + number % 5
            let buffer = state.attributeBuffer(minimumCapacity: minimum, from: pool)
            #expect(buffer.isEmpty)
            #expect(buffer.capacity >= minimum)
            if stashed > 0 {
                #expect(pool.count == pooled)  // from the stash: the pool is not touched
                #expect(state.attributeBuffers.count == stashed - 1)
            } else {
                let moved = pooled - pool.count  // up to `batchSize` came over at once
                #expect(moved == min(pooled, AttributeBufferPool.batchSize))
                #expect(state.attributeBuffers.count == moved - 1)
            }
        }
        #expect(pool.count == 0)
        #expect(state.attributeBuffers.isEmpty)
        let fresh = state.attributeBuffer(minimumCapacity: 9, from: pool)
        #expect(fresh.isEmpty)
        #expect(fresh.capacity >= 9)
    }
}
