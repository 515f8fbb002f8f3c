import DagstackTestSupport
import Foundation
import Synchronization
import Testing

@testable import DagstackCore

struct AttributeBufferPoolTests {
    private func record(attributes count: Int, tag: Int = 0) -> LogRecord {
        var attributes: [String: Value] = [:]
        for index in 0..<count { attributes["key.\(index)"] = .int(Int64(tag * 1000 + index)) }
        return LogRecord(timeUnixNano: 1, severity: .info, body: "pooled", attributes: attributes)
    }

    @Test
    func recycledBuffersComeBackEmptyWithTheirCapacity() {
        let pool = AttributeBufferPool(limit: 8, largestCapacity: 64)
        var records = (0..<5).map { record(attributes: 3, tag: $0) }
        let capacities = records.map { $0.attributeList.entries.capacity }
        pool.recycle(&records)
        #expect(records.isEmpty)
        #expect(pool.count == 5)
        for _ in 0..<5 {
            let buffer = pool.take(minimumCapacity: 2)
            #expect(buffer.isEmpty)
            #expect(capacities.contains(buffer.capacity))
        }
        #expect(pool.count == 0)
        #expect(pool.take(minimumCapacity: 7).capacity >= 7)  // an empty pool allocates
    }

    @Test
    func thePoolHoldsAtMostItsLimitAndNoOversizedBuffer() {
        let small = AttributeBufferPool(limit: 4, largestCapacity: 64)
        var records = (0..<10).map { record(attributes: 2, tag: $0) }
        small.recycle(&records)
        #expect(small.count == 4)

        let roomy = AttributeBufferPool(limit: 100, largestCapacity: 64)
        records = (0..<10).map { record(attributes: 2, tag: $0) } + [record(attributes: 100)]
        roomy.recycle(&records)
        #expect(roomy.count == 10)
    }

    @Test
    func aCallerDoesNotWaitForALockAWorkerHolds() {
        let pool = AttributeBufferPool(limit: 8, largestCapacity: 64)
        var records = (0..<3).map { record(attributes: 2, tag: $0) }
        pool.recycle(&records)
        // While the lock is held (here by this thread, as a worker handing back a batch would),
        // `take` allocates a new buffer instead of waiting, and the pool is left as it was.
        let buffer = pool.stock.withLock { _ in pool.take(minimumCapacity: 5) }
        #expect(buffer.isEmpty)
        #expect(buffer.capacity >= 5)
        #expect(pool.count == 3)
    }

    @Test
    func thePoolFillsToItsLimitAcrossBatches() {
        let pool = AttributeBufferPool(limit: 4, largestCapacity: 64)
        var first = (0..<3).map { record(attributes: 2, tag: $0) }
        pool.recycle(&first)
        // Room for one more: the batch is cut to the room measured before it is emptied.
        var second = (0..<3).map { record(attributes: 2, tag: $0) }
        pool.recycle(&second)
        #expect(second.isEmpty)
        #expect(pool.count == 4)
        var third = [record(attributes: 2)]
        pool.recycle(&third)
        #expect(third.isEmpty)
        #expect(pool.count == 4)
    }

    @Test
    func aBufferAnotherCopyOfTheRecordHoldsIsLeftIntact() {
        let pool = AttributeBufferPool(limit: 8, largestCapacity: 64)
        let original = record(attributes: 6, tag: 7)
        let kept = original  // another sink's copy: the same entry buffer
        var records = [original]
        pool.recycle(&records)
        #expect(kept.attributes == record(attributes: 6, tag: 7).attributes)
        #expect(kept.attributes.count == 6)
        #expect(pool.take(minimumCapacity: 1).isEmpty)
    }

    /// Two FileSinks share every record (the fan-out hands them the same entry buffers); their
    /// workers recycle the buffers while new records are built from the shared pool. Every line
    /// must carry exactly the attributes of its call, checked against a model kept apart from any
    /// pooled buffer and read back with Foundation's parser.
    @Test
    func recordsBuiltFromRecycledBuffersCarryExactlyTheirOwnAttributes() throws {
        try withTemporaryDirectory { directory in
            let paths = ["first", "second"].map { directory.appendingPathComponent("\($0).jsonl").path }
            let fanOut = SinkFanOut(try paths.map { try FileFixtures.quietFileSink($0).0 })
            var random = SplitMix64(seed: 0x9001)
            var models: [NSDictionary] = []
            for number in 0..<3000 {
                let withFile = number % 3 != 0
                var model: [String: Any] = ["code.namespace": "tests"]
                if withFile {
                    model["code.filepath"] = "Tests/Pool.swift"
                    model["code.function"] = "f()"
                    model["code.lineno"] = number
                }
                var list = AttributeList(
                    buffer: AttributeBufferPool.shared.take(minimumCapacity: 4),
                    namespace: "tests",
                    file: withFile ? "Tests/Pool.swift" : nil,
                    function: "f()",
                    line: Int64(number)
                )
                for index in 0..<random.below(20) {
                    let key = "attribute.\(random.below(8))"
                    list.append(key, .string("\(number)-\(index)"))
                    model[key] = "\(number)-\(index)"
                }
                models.append(model as NSDictionary)
                fanOut.emit(
                    LogRecord(timeUnixNano: UInt64(number), severity: .info, body: "pooled", attributeList: list)
                )
                if number % 250 == 249 { #expect(fanOut.flush(timeout: .seconds(10)).success) }
            }
            #expect(fanOut.close(timeout: .seconds(10)).success)
            for path in paths {
                let written = FileFixtures.objects(path).map { ($0?["attributes"] as? [String: Any]) as NSDictionary? }
                #expect(written.count == models.count)
                let wrong = zip(written, models).filter { line, model in line.map { !$0.isEqual(model) } ?? true }
                #expect(
                    wrong.isEmpty,
                    "\(wrong.count) lines differ from their call, first: \(String(describing: wrong.first))"
                )
            }
        }
    }
}
