import Foundation
import Glibc

@testable import DagstackCore

/// Checks for the body of an exit test (a child process): a failed check exits with its own
/// status, so the parent's `#expect(processExitsWith: .success)` names which check failed.
enum ChildChecks {
    static func check(_ condition: Bool, _ status: Int32) {
        if !condition { exit(status) }
    }

    /// Whether the counters add up exactly: nothing pending, every record delivered or dropped.
    static func balanced(_ counters: SinkCounters?) -> Bool {
        guard let counters else { return false }
        return counters.delivered + counters.dropped == counters.emitted && counters.pending == 0
    }

    /// How many open file descriptors of this process refer to a file under `directory`.
    static func openDescriptors(under directory: String) -> Int {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.filter { descriptor in
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + descriptor)
            return target?.hasPrefix(directory + "/") == true
        }.count
    }

    /// A fresh directory under /tmp owned by `user` (for a child that drops privileges).
    static func makeDirectory(ownedBy user: uid_t) -> String {
        var template = Array("/tmp/dagstack-child-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) } != nil
        }
        check(made, 90)
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        check(chown(path, user, gid_t(user)) == 0, 91)
        return path
    }

    /// Removes a directory tree, ignoring failures.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The disposition of `signal` (`SIG_DFL` unless someone changed it).
    static func isDefaultDisposition(_ signal: Int32) -> Bool {
        var action = sigaction()
        guard sigaction(signal, nil, &action) == 0 else { return false }
        return action.__sigaction_handler.sa_handler == nil && action.sa_flags & SA_SIGINFO == 0
    }
}
