import Foundation
import Glibc
import Testing

@testable import DagstackCore

struct FileSinkTests {
    private typealias F = FileFixtures

    private func sink(_ path: String, capacity: Int = 8192, overflow: OverflowPolicy = .dropOldest) throws -> FileSink {
        try F.quietFileSink(path, keep: 5, delivery: DeliveryOptions(capacity: capacity, overflow: overflow)).0
    }

    @Test(arguments: [
        (OverflowPolicy.dropOldest, Array(12...19)),
        (OverflowPolicy.dropNewest, Array(0...7)),
    ])
    func aHeldWorkerWithCapacity8And20EmitsKeepsExactlyThePolicysRecords(
        policy: OverflowPolicy,
        expected: [Int]
    )
        throws
    {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("held.jsonl").path
            let sink = try sink(path, capacity: 8, overflow: policy)
            sink.engine.holdWorker()
            for number in 0..<20 { sink.emit(F.record(number)) }
            sink.engine.releaseWorker()
            #expect(sink.close().success)
            #expect(F.numbers(path) == expected)
            let counters = try #require(sink.counters)
            #expect(counters.droppedQueueOverflow == 12)
            #expect(counters.delivered == 8)
            #expect(counters.emitted == 20)
        }
    }

    @Test
    func aBatchLargerThanOneWriteChunkLandsWholeAndInOrder() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("chunks.jsonl").path
            let sink = try sink(path, capacity: 5000)
            sink.engine.holdWorker()  // one batch of every record, several write chunks long
            for number in 0..<5000 { sink.emit(F.record(number)) }
            sink.engine.releaseWorker()
            #expect(sink.close().success)
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size > 2 * FileTarget.chunkBytes)
            #expect(F.numbers(path) == Array(0..<5000))
            #expect(sink.counters?.delivered == 5000)
        }
    }

    @Test
    func linesAreTheWireEncodersBytesWithTheObservedTimeFilledIn() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("wire.jsonl").path
            let sink = try sink(path)
            var stamped = F.record(1)
            stamped.observedTimeUnixNano = 42
            sink.emit(stamped)
            sink.emit(F.record(2))
            sink.close()
            let lines = F.lines(path)
            #expect(lines.count == 2)
            #expect(lines.first.map { $0 + "\n" } == JSONLinesEncoder.line(for: stamped))
            let observed = try #require(F.objects(path).last??["observed_time_unix_nano"] as? UInt64)
            #expect(observed > 1_700_000_000_000_000_000)
        }
    }

    @Test
    func nonFiniteDoublesAreWrittenAsStringsAndCounted() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("nan.jsonl").path
            let sink = try sink(path)
            var record = F.record(1)
            record.attributes["ratio"] = .double(.nan)
            sink.emit(record)
            sink.emit(F.record(2))
            sink.close()
            #expect(F.lines(path).first?.contains("\"ratio\":\"NaN\"") == true)
            #expect(sink.counters?.nonFiniteReplaced == 1)
            #expect(sink.counters?.delivered == 2)
        }
    }

    @Test
    func recordsBelowTheMinimumSeverityAreSkipped() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("sev.jsonl").path
            let sink = try FileSink(path: path, minSeverity: .warn)
            #expect(!sink.supportsSeverity(.info))
            #expect(sink.supportsSeverity(.error))
            sink.emit(F.record(1, severity: .info))
            sink.emit(F.record(2, severity: .error))
            sink.close()
            #expect(F.numbers(path) == [2])
        }
    }

    @Test
    func emitAfterCloseIsCountedAndCloseIsIdempotent() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("closed.jsonl").path
            let sink = try sink(path)
            sink.emit(F.record(1))
            #expect(sink.close().success)
            #expect(sink.close().success)
            sink.emit(F.record(2))
            let counters = try #require(sink.counters)
            #expect(counters.droppedAfterClose == 1)
            #expect(counters.delivered + counters.dropped == counters.emitted)
            #expect(F.numbers(path) == [1])
        }
    }

    @Test
    func theIdIsTheAbsolutePathAndNewFilesGetMode0600() throws {
        try withTemporaryDirectory { directory in
            let previous = FileManager.default.currentDirectoryPath
            #expect(FileManager.default.changeCurrentDirectoryPath(directory.path))
            defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
            let sink = try FileSink(path: "relative.jsonl")
            let expected = directory.appendingPathComponent("relative.jsonl").path
            #expect(sink.id == "file:\(sink.path)")
            #expect(sink.path.hasPrefix("/"))
            #expect(sink.path.hasSuffix("/relative.jsonl"))
            #expect(F.permissions(expected) == 0o600)
            sink.close()
        }
    }

    @Test
    func aConfiguredModeIsUsedForNewFiles() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("mode.jsonl").path
            let previous = umask(0o022)
            defer { umask(previous) }
            try FileSink(path: path, fileMode: 0o640).close()
            #expect(F.permissions(path) == 0o640)
        }
    }
}

struct FileSinkLifetimeTests {
    @Test
    func aSinkReleasedWithoutCloseStillWritesItsRecords() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("dropped.jsonl").path
            do {
                let sink = try FileSink(path: path)
                for number in 0..<100 { sink.emit(FileFixtures.record(number)) }
            }
            #expect(eventually { FileFixtures.numbers(path).count == 100 })
            #expect(FileFixtures.numbers(path) == Array(0..<100))
        }
    }
}
