import Dispatch
import Foundation
import Testing

@testable import DagstackCore

struct FileSinkRotationTests {
    private typealias F = FileFixtures

    private func sink(
        _ path: String,
        maxBytes: UInt64,
        keep: Int,
        overflow: OverflowPolicy = .dropOldest
    ) throws -> FileSink {
        try F.quietFileSink(path, maxBytes: maxBytes, keep: keep, delivery: DeliveryOptions(overflow: overflow)).0
    }

    @Test(arguments: [OverflowPolicy.dropOldest, .block])
    func fourThreadsThroughRotationKeepEveryLineWholeOrderedAndAccounted(policy: OverflowPolicy) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("app.jsonl").path
            let limit: UInt64 = 1024 * 1024
            let sink = try sink(path, maxBytes: limit, keep: 5, overflow: policy)
            let perThread = 15_000
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                for number in 0..<perThread { sink.emit(F.record(number, thread: thread, padding: 40)) }
            }
            #expect(sink.close().success)

            let files = [5, 4, 3, 2, 1].map { "\(path).\($0)" } + [path]
            let present = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(present.count <= 6)
            if policy == .block { #expect(F.exists("\(path).5")) }  // nothing dropped: every archive filled
            var perThreadNumbers: [Int: [Int]] = [:]
            var lineCount = 0
            for file in files where F.exists(file) {
                #expect(UInt64(F.size(file) ?? .max) <= limit)
                for object in F.objects(file) {
                    let attributes = try #require(object?["attributes"] as? [String: Any])
                    let thread = try #require(attributes["t"] as? Int)
                    perThreadNumbers[thread, default: []].append(try #require(attributes["n"] as? Int))
                    lineCount += 1
                }
            }
            for numbers in perThreadNumbers.values {
                #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 })
            }
            let counters = try #require(sink.counters)
            #expect(counters.emitted == 4 * perThread)
            #expect(counters.delivered + counters.dropped == counters.emitted)
            #expect(counters.delivered >= lineCount)  // rotation deleted the oldest archives
            if policy == .block { #expect(counters.dropped == 0) }
        }
    }

    @Test
    func keepZeroLeavesOnlyTheLiveFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("k0.jsonl").path
            let sink = try sink(path, maxBytes: 2000, keep: 0)
            for number in 0..<200 { sink.emit(F.record(number)) }
            sink.close()
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["k0.jsonl"])
            let numbers = F.numbers(path)
            #expect(!numbers.isEmpty)
            #expect(numbers.last == 199)
            #expect(F.size(path) ?? .max <= 2000)
        }
    }

    @Test
    func zeroMaxBytesNeverRotates() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("m0.jsonl").path
            let sink = try sink(path, maxBytes: 0, keep: 3)
            for number in 0..<2000 { sink.emit(F.record(number, padding: 200)) }
            sink.close()
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["m0.jsonl"])
            #expect(F.numbers(path) == Array(0..<2000))
        }
    }

    @Test
    func restartOnA900KiBFileResumesItsSizeAndRotatesAtTheLimit() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("resume.jsonl").path
            let existing = String(repeating: "{\"old\":true}\n", count: 900 * 1024 / 13)
            try existing.write(toFile: path, atomically: false, encoding: .utf8)
            let existingSize = try #require(F.size(path))
            let sink = try sink(path, maxBytes: 1024 * 1024, keep: 5)
            sink.emit(F.record(0))  // fits: appended to the existing file
            sink.emit(F.record(1, padding: 150 * 1024))  // would pass 1 MiB: rotates first
            sink.close()
            #expect(F.size("\(path).1") ?? 0 > existingSize)
            #expect(F.lines("\(path).1").first == "{\"old\":true}")
            #expect(F.numbers("\(path).1") == [0])
            #expect(F.numbers(path) == [1])
        }
    }

    @Test
    func anOversizeRecordIsWrittenAloneIntoAFreshFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("big.jsonl").path
            let sink = try sink(path, maxBytes: 1000, keep: 5)
            sink.emit(F.record(0))
            sink.emit(F.record(1, padding: 5000))
            sink.emit(F.record(2))
            sink.close()
            #expect(F.numbers("\(path).2") == [0])
            #expect(F.numbers("\(path).1") == [1])
            #expect(F.numbers(path) == [2])
            #expect(!F.exists("\(path).3"))
            #expect(sink.counters?.delivered == 3)
        }
    }

    @Test
    func aDeletedLiveFileIsRecreatedAtThePath() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("gone.jsonl").path
            let sink = try sink(path, maxBytes: 0, keep: 1)
            sink.emit(F.record(0))
            #expect(sink.flush(timeout: .seconds(5)).success)
            try FileManager.default.removeItem(atPath: path)
            sink.emit(F.record(1))
            sink.close()
            #expect(F.numbers(path) == [1])
            #expect(F.permissions(path) == 0o600)
        }
    }

    @Test
    func aLiveFileRenamedUnderneathIsReplacedByANewOne() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("moved.jsonl").path
            let sink = try sink(path, maxBytes: 0, keep: 1)
            sink.emit(F.record(0))
            #expect(sink.flush(timeout: .seconds(5)).success)
            try FileManager.default.moveItem(atPath: path, toPath: path + ".logrotate")
            sink.emit(F.record(1))
            sink.close()
            #expect(F.numbers(path + ".logrotate") == [0])
            #expect(F.numbers(path) == [1])
        }
    }
}

struct FileSinkSharedFileTests {
    @Test
    func bytesAppendedByAnotherWriterCountTowardsTheLimit() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("shared.jsonl").path
            let sink = try FileFixtures.quietFileSink(path, maxBytes: 4096, keep: 2).0
            sink.emit(FileFixtures.record(0))
            #expect(sink.flush(timeout: .seconds(5)).success)
            let other = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try other.seekToEnd()
            try other.write(contentsOf: Data(String(repeating: "{\"other\":1}\n", count: 330).utf8))
            try other.close()
            sink.emit(FileFixtures.record(1))
            sink.close()
            #expect(FileFixtures.numbers(path) == [1])
            #expect(FileFixtures.numbers("\(path).1") == [0])
        }
    }
}
