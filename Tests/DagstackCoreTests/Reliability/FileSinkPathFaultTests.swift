import Foundation
import Glibc
import Testing

@testable import DagstackCore

/// What happens to the live file's path while the sink runs: the directory deleted, the file
/// truncated in place (logrotate `copytruncate`), the path replaced by a symlink, a FIFO or a
/// device. Every case checks `delivered + Σ dropped == emitted` and that a second sink on the same
/// fan-out got every record.
struct FileSinkPathFaultTests {
    private typealias F = FileFixtures

    private func sink(_ path: String, maxBytes: UInt64 = 0, keep: Int = 3) throws -> (FileSink, CapturedOutput) {
        try F.quietFileSink(path, maxBytes: maxBytes, keep: keep)
    }

    private func expectBalanced(_ counters: SinkCounters?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let counters else {
            Issue.record("no counters", sourceLocation: sourceLocation)
            return
        }
        #expect(counters.delivered + counters.dropped == counters.emitted, sourceLocation: sourceLocation)
        #expect(counters.pending == 0, sourceLocation: sourceLocation)
    }

    private func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    @Test
    func aDeletedDirectoryDropsAndCountsUntilItIsBackThenWritingResumes() throws {
        try withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("logs").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            let path = folder + "/app.jsonl"
            let (file, captured) = try sink(path)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            for number in 0..<3 { fanOut.emit(F.record(number)) }
            #expect(fanOut.flush(timeout: .seconds(5)).success)
            try FileManager.default.removeItem(atPath: folder)
            for number in 3..<8 { fanOut.emit(F.record(number)) }
            _ = fanOut.flush(timeout: .seconds(5))
            #expect(file.counters?.droppedSinkError == 5)
            #expect(eventually { captured.lines.contains { $0.contains("create its directory") } })
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            for number in 8..<11 { fanOut.emit(F.record(number)) }
            #expect(fanOut.close(timeout: .seconds(5)).success)
            #expect(F.numbers(path) == [8, 9, 10])
            #expect(file.counters?.delivered == 6)
            expectBalanced(file.counters)
            #expect(memory.counters?.delivered == 11)
        }
    }

    @Test
    func copytruncateLeavesNoNULBytesAndTheNextRotationComesAtTheConfiguredSize() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("app.jsonl").path
            let maxBytes: UInt64 = 2000
            let (file, _) = try sink(path, maxBytes: maxBytes)
            for number in 0..<5 { file.emit(F.record(number, padding: 50)) }
            #expect(file.flush(timeout: .seconds(5)).success)
            let beforeTruncation = bytes(path).count
            #expect(beforeTruncation > 1000 && !FileManager.default.fileExists(atPath: path + ".1"))
            // logrotate copytruncate: copy the file aside, then truncate it in place.
            try Data(bytes(path)).write(to: URL(fileURLWithPath: path + ".copied"))
            #expect(truncate(path, 0) == 0)
            var number = 100
            while !FileManager.default.fileExists(atPath: path + ".1") && number < 200 {
                file.emit(F.record(number, padding: 50))
                #expect(file.flush(timeout: .seconds(5)).success)
                number += 1
            }
            #expect(file.close().success)
            let archive = bytes(path + ".1")
            let live = bytes(path)
            #expect(!archive.contains(0) && !live.contains(0))
            // The archive holds only lines written after the truncation, and it was rotated
            // because the next line would not fit: the size counter restarted from zero.
            #expect(F.numbers(path + ".1").first == 100)
            #expect(UInt64(archive.count) <= maxBytes)
            let nextLine = UInt64(live.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
            #expect(UInt64(archive.count) + nextLine > maxBytes)
            #expect(F.numbers(path + ".1") + F.numbers(path) == Array(100..<number))
            expectBalanced(file.counters)
            #expect(file.counters?.dropped == 0)
        }
    }

    @Test
    func aSymlinkPutAtThePathIsRefusedItsTargetUntouchedAndNeverRotated() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("app.jsonl").path
            let victim = directory.appendingPathComponent("victim").path
            let original = Array("do not touch\n".utf8)
            try Data(original).write(to: URL(fileURLWithPath: victim))
            let (file, captured) = try sink(path, maxBytes: 200)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            fanOut.emit(F.record(0))
            #expect(fanOut.flush(timeout: .seconds(5)).success)
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
            // Lines longer than maxBytes: each would rotate the path if the sink tried.
            for number in 1..<6 { fanOut.emit(F.record(number, padding: 300)) }
            _ = fanOut.flush(timeout: .seconds(5))
            #expect(bytes(victim) == original)
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == victim)
            #expect(!F.exists(path + ".1"))
            #expect(file.counters?.droppedSinkError == 5)
            #expect(eventually { captured.lines.contains { $0.contains("symbolic link") } })
            try FileManager.default.removeItem(atPath: path)
            fanOut.emit(F.record(6))
            #expect(fanOut.close(timeout: .seconds(5)).success)
            #expect(F.numbers(path) == [6])
            expectBalanced(file.counters)
            #expect(memory.counters?.delivered == 7)
        }
    }

    @Test(arguments: ["fifo", "device"])
    func aFIFOOrDevicePutAtThePathIsNeverWrittenNorRotated(kind: String) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("app.jsonl").path
            let (file, _) = try sink(path, maxBytes: 200)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            fanOut.emit(F.record(0))
            #expect(fanOut.flush(timeout: .seconds(5)).success)
            try FileManager.default.removeItem(atPath: path)
            if kind == "fifo" {
                #expect(mkfifo(path, 0o600) == 0)
            } else if mknod(path, S_IFCHR | 0o600, deviceNumber(1, 3)) != 0 {
                // No CAP_MKNOD here: a symlink to /dev/null stands in for the device node.
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
            }
            var before = stat()
            #expect(lstat(path, &before) == 0)
            for number in 1..<6 { fanOut.emit(F.record(number, padding: 300)) }
            _ = fanOut.flush(timeout: .seconds(5))
            var after = stat()
            #expect(lstat(path, &after) == 0)
            #expect(after.st_ino == before.st_ino && after.st_mode == before.st_mode)
            #expect(!F.exists(path + ".1"))
            #expect(file.counters?.droppedSinkError == 5)
            _ = fanOut.close(timeout: .seconds(5))
            expectBalanced(file.counters)
            #expect(memory.counters?.delivered == 6)
        }
    }
}

private func deviceNumber(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t((UInt64(major) << 8) | UInt64(minor))
}
