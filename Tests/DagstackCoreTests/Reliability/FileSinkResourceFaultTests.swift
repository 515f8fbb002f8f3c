import Foundation
import Glibc
import Testing

@testable import DagstackCore

/// File-system faults that need a child process: a file-size limit (the disk-full case that can
/// be produced without mounting), permission denied for a non-root user, and `umask 000`. Each
/// child checks the accounting rule `delivered + Σ dropped == emitted`, that a second sink is
/// unaffected, that writing resumes when the fault clears, and that the file holds whole lines.
struct FileSinkResourceFaultTests {
    @Test
    func aFileSizeLimitDropsAndCountsWithoutATornLineAndWritingResumesWhenLifted() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            signal(SIGXFSZ, SIG_DFL)
            let directory = C.makeDirectory(ownedBy: getuid())
            defer { C.remove(directory) }
            let path = directory + "/full.jsonl"
            let (file, captured) = try FileFixtures.quietFileSink(path)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            var limit = rlimit()
            getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
            var tiny = limit
            tiny.rlim_cur = 4000
            C.check(setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &tiny) == 0, 2)
            for number in 0..<100 { fanOut.emit(FileFixtures.record(number, padding: 40)) }
            _ = fanOut.flush(timeout: .seconds(5))
            let faulted = file.counters
            C.check(C.balanced(faulted), 4)
            C.check((faulted?.delivered ?? 0) > 0 && (faulted?.droppedSinkError ?? 0) > 0, 5)
            C.check(eventually { captured.lines.contains { $0.contains("File too large") } }, 6)
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            C.check(bytes.last == UInt8(ascii: "\n"), 7)
            C.check(FileFixtures.lines(path).count == faulted?.delivered, 8)
            C.check(setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, 9)
            for number in 100..<110 { fanOut.emit(FileFixtures.record(number, padding: 40)) }
            C.check(fanOut.close(timeout: .seconds(5)).success, 10)
            C.check(C.balanced(file.counters), 11)
            C.check(file.counters?.delivered == (faulted?.delivered ?? 0) + 10, 12)
            C.check(Array(FileFixtures.numbers(path).suffix(10)) == Array(100..<110), 13)
            C.check(FileFixtures.objects(path).allSatisfy { $0 != nil }, 14)
            C.check(memory.counters?.delivered == 110, 15)
        }
    }

    @Test
    func permissionDeniedForANonRootUserIsReportedAtOpenAndCountedWhileRunning() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            let nobody: uid_t = 65534
            let directory = C.makeDirectory(ownedBy: getuid() == 0 ? nobody : getuid())
            C.check(chmod(directory, 0o755) == 0, 2)
            if getuid() == 0 {
                C.check(setgid(gid_t(nobody)) == 0 && setuid(nobody) == 0, 3)
            }
            defer { C.remove(directory) }
            let locked = directory + "/locked"
            C.check(mkdir(locked, 0o500) == 0, 4)
            do throws(FileSinkError) {
                _ = try FileSink(path: locked + "/app.jsonl")
                exit(5)
            } catch {
                C.check(error.code == .permissionDenied, 6)
                C.check(error.message.contains("Permission denied"), 7)
            }
            let live = directory + "/live"
            C.check(mkdir(live, 0o700) == 0, 8)
            let path = live + "/app.jsonl"
            let (file, captured) = try FileFixtures.quietFileSink(path)
            let memory = InMemorySink()
            let fanOut = SinkFanOut([file, memory])
            for number in 0..<3 { fanOut.emit(FileFixtures.record(number)) }
            C.check(fanOut.flush(timeout: .seconds(5)).success, 9)
            C.check(unlink(path) == 0 && chmod(live, 0o500) == 0, 10)
            for number in 3..<7 { fanOut.emit(FileFixtures.record(number)) }
            _ = fanOut.flush(timeout: .seconds(5))
            C.check(file.counters?.droppedSinkError == 4 && C.balanced(file.counters), 12)
            C.check(eventually { captured.lines.contains { $0.contains("Permission denied") } }, 13)
            C.check(chmod(live, 0o700) == 0, 14)
            for number in 7..<9 { fanOut.emit(FileFixtures.record(number)) }
            C.check(fanOut.close(timeout: .seconds(5)).success, 15)
            C.check(FileFixtures.numbers(path) == [7, 8], 16)
            C.check(file.counters?.delivered == 5 && C.balanced(file.counters), 17)
            C.check(memory.counters?.delivered == 9, 18)
        }
    }

    @Test
    func newFilesAndRotatedFilesAre0600UnderUmask000() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            umask(0)
            let directory = C.makeDirectory(ownedBy: getuid())
            defer { C.remove(directory) }
            let path = directory + "/modes.jsonl"
            let file = try FileFixtures.quietFileSink(path, maxBytes: 300, keep: 2).0
            C.check(FileFixtures.permissions(path) == 0o600, 2)
            for number in 0..<20 {
                file.emit(FileFixtures.record(number, padding: 60))
                _ = file.flush(timeout: .seconds(5))
            }
            C.check(file.close().success, 3)
            C.check(FileFixtures.exists(path + ".1") && FileFixtures.exists(path + ".2"), 4)
            for candidate in [path, path + ".1", path + ".2"] {
                C.check(FileFixtures.permissions(candidate) == 0o600, 5)
            }
            C.check(C.balanced(file.counters), 6)
        }
    }

    @Test
    func closedSinksReleaseTheirWorkerDescriptorAndEngine() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            let directory = C.makeDirectory(ownedBy: getuid())
            defer { C.remove(directory) }
            // The probe sees an open sink's descriptor.
            let probe = try FileFixtures.quietFileSink(directory + "/probe.jsonl", keep: 5).0
            C.check(C.openDescriptors(under: directory) == 1, 1)
            probe.close()
            nonisolated(unsafe) var engines: [() -> Bool] = []
            for index in 0..<40 {
                let file = try FileFixtures.quietFileSink(directory + "/\(index).jsonl", keep: 5).0
                file.emit(FileFixtures.record(index))
                weak let engine = file.engine
                engines.append { engine == nil }
                // Half closed explicitly, half left to deinit.
                if index % 2 == 0 { file.close() }
            }
            // An engine is freed only once its worker thread has returned (the thread holds it),
            // so this shows the threads are gone too. (Thread names are no evidence: a thread
            // created from a worker inherits its name.)
            C.check(eventually { engines.allSatisfy { $0() } }, 2)
            C.check(eventually { C.openDescriptors(under: directory) == 0 }, 3)
            for index in 0..<40 {
                C.check(FileFixtures.numbers(directory + "/\(index).jsonl") == [index], 5)
            }
        }
    }
}
