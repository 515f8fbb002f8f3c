import Foundation
import Glibc
import Testing

@testable import DagstackCore

struct FileSinkOpenErrorTests {
    private func openError(_ path: String) -> FileSinkError? {
        do {
            try FileSink(path: path).close()
            return nil
        } catch {
            return error
        }
    }

    @Test
    func aMissingDirectoryIsReportedAsSuch() throws {
        try withTemporaryDirectory { directory in
            let error = openError(directory.appendingPathComponent("nope/app.jsonl").path)
            #expect(error?.code == .missingDirectory)
            #expect(error?.message.contains("create its directory") == true)
        }
    }

    @Test
    func aDirectoryPathIsRefused() throws {
        try withTemporaryDirectory { directory in
            #expect(openError(directory.path)?.code == .isDirectory)
        }
    }

    @Test
    func aSymlinkIsNeverFollowed() throws {
        try withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("real.jsonl").path
            let link = directory.appendingPathComponent("link.jsonl").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            #expect(openError(link)?.code == .symlinkRefused)
            #expect(!FileFixtures.exists(target))
        }
    }

    @Test
    func aFIFOIsNotARegularFileAndDoesNotBlock() throws {
        try withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("pipe").path
            #expect(mkfifo(fifo, 0o600) == 0)
            #expect(openError(fifo)?.code == .notRegularFile)
        }
    }

    @Test
    func aDeviceIsNotARegularFile() {
        #expect(openError("/dev/null")?.code == .notRegularFile)
    }

    // As root, permissionDeniedForANonRootUserIsReportedAtOpenAndCountedWhileRunning checks this as
    // user nobody in a child process.
    @Test(.enabled(if: geteuid() != 0, "root bypasses file permissions"))
    func anUnwritableDirectoryIsPermissionDenied() throws {
        try withTemporaryDirectory { directory in
            let locked = directory.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
            #expect(chmod(locked.path, 0o500) == 0)
            defer { _ = chmod(locked.path, 0o700) }
            #expect(openError(locked.appendingPathComponent("app.jsonl").path)?.code == .permissionDenied)
        }
    }

    @Test
    func errnoMapsToTheSpecificCodes() {
        let cases: [(Int32, FileSinkError.Code)] = [
            (ENOENT, .missingDirectory), (ENOTDIR, .missingDirectory), (EACCES, .permissionDenied),
            (EPERM, .permissionDenied), (EROFS, .permissionDenied), (EISDIR, .isDirectory),
            (ELOOP, .symlinkRefused), (ENXIO, .notRegularFile), (EMFILE, .openFailed),
        ]
        for (code, expected) in cases {
            let error = LiveFile.openError(errno: code, path: "/x/app.jsonl")
            #expect(error.code == expected)
            #expect(error.path == "/x/app.jsonl")
            #expect(error.message.contains("/x/app.jsonl"))
        }
    }
}
