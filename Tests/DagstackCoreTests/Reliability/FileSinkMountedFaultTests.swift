import Foundation
import Glibc
import Testing

@testable import DagstackCore

/// Faults made with mounts in a private mount namespace of a child process: a read-only file
/// system over the log directory, and a real full disk (a 64 KiB tmpfs). Needs CAP_SYS_ADMIN;
/// skipped without it (the file-size-limit test covers the disk-full path everywhere).
struct FileSinkMountedFaultTests {
    static var canMount: Bool {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("CapEff:") }),
            let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16)
        else { return false }
        return mask & (1 << 21) != 0
    }

    /// `unshare(CLONE_NEWNS)`, which the Glibc module does not export (a GNU extension).
    static func unshareMountNamespace() -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "unshare") else { return false }
        let unshare = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        let cloneNewNamespace: Int32 = 0x0002_0000
        return unshare(cloneNewNamespace) == 0
    }

    @Test(.enabled(if: canMount, "needs CAP_SYS_ADMIN for a private mount namespace"))
    func aReadOnlyFileSystemOverTheDirectoryDropsAndCountsAndWritingResumesWhenItGoes() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            C.check(FileSinkMountedFaultTests.unshareMountNamespace(), 2)
            C.check(mount("none", "/", nil, UInt(MS_REC | MS_PRIVATE), nil) == 0, 3)
            let directory = C.makeDirectory(ownedBy: getuid())
            defer { C.remove(directory) }
            let logs = directory + "/logs"
            C.check(mkdir(logs, 0o700) == 0, 4)
            let path = logs + "/app.jsonl"
            let (file, captured) = try FileFixtures.quietFileSink(path)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            for number in 0..<3 { fanOut.emit(FileFixtures.record(number)) }
            C.check(fanOut.flush(timeout: .seconds(5)).success, 6)
            C.check(mount("tmpfs", logs, "tmpfs", UInt(MS_RDONLY), "size=16k") == 0, 7)
            for number in 3..<7 { fanOut.emit(FileFixtures.record(number)) }
            _ = fanOut.flush(timeout: .seconds(5))
            C.check(file.counters?.droppedSinkError == 4 && C.balanced(file.counters), 9)
            C.check(eventually { captured.lines.contains { $0.contains("Read-only file system") } }, 10)
            C.check(umount(logs) == 0, 11)
            for number in 7..<9 { fanOut.emit(FileFixtures.record(number)) }
            C.check(fanOut.close(timeout: .seconds(5)).success, 12)
            C.check(FileFixtures.numbers(path) == [0, 1, 2, 7, 8], 13)
            C.check(file.counters?.delivered == 5 && C.balanced(file.counters), 14)
            C.check(memory.counters?.delivered == 9, 15)
        }
    }

    @Test(.enabled(if: canMount, "needs CAP_SYS_ADMIN for a private mount namespace"))
    func aFullDiskDropsAndCountsWithoutATornLineAndWritingResumesWhenSpaceIsFreed() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            C.check(FileSinkMountedFaultTests.unshareMountNamespace(), 2)
            C.check(mount("none", "/", nil, UInt(MS_REC | MS_PRIVATE), nil) == 0, 3)
            let directory = C.makeDirectory(ownedBy: getuid())
            defer { C.remove(directory) }
            let logs = directory + "/logs"
            C.check(mkdir(logs, 0o700) == 0, 4)
            C.check(mount("tmpfs", logs, "tmpfs", 0, "size=64k") == 0, 5)
            let filler = logs + "/filler"
            C.check(FileManager.default.createFile(atPath: filler, contents: Data(count: 40 << 10)), 6)
            let path = logs + "/app.jsonl"
            let (file, captured) = try FileFixtures.quietFileSink(path)
            let memory = InMemorySink(capacity: 1000)
            let fanOut = SinkFanOut([file, memory])
            for number in 0..<200 { fanOut.emit(FileFixtures.record(number, padding: 40)) }
            _ = fanOut.flush(timeout: .seconds(5))
            let faulted = file.counters
            C.check(C.balanced(faulted), 7)
            C.check((faulted?.delivered ?? 0) > 0 && (faulted?.droppedSinkError ?? 0) > 0, 8)
            C.check(eventually { captured.lines.contains { $0.contains("No space left on device") } }, 9)
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            C.check(bytes.last == UInt8(ascii: "\n"), 10)
            C.check(FileFixtures.lines(path).count == faulted?.delivered, 11)
            C.check(unlink(filler) == 0, 12)
            for number in 200..<210 { fanOut.emit(FileFixtures.record(number, padding: 40)) }
            C.check(fanOut.close(timeout: .seconds(5)).success, 13)
            C.check(C.balanced(file.counters), 14)
            C.check(file.counters?.delivered == (faulted?.delivered ?? 0) + 10, 15)
            C.check(Array(FileFixtures.numbers(path).suffix(10)) == Array(200..<210), 16)
            C.check(FileFixtures.objects(path).allSatisfy { $0 != nil }, 17)
            C.check(memory.counters?.delivered == 210, 18)
        }
    }
}
