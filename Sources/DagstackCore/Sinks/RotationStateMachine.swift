/// The rotation decisions of ``FileSink`` (SPEC §7), as a pure state machine without I/O.
///
/// The sink asks ``admit(lineLength:)`` before writing each line and performs what it answers;
/// ``archiveOperations(path:keep:)`` lists the renames and deletes a rotation consists of.
/// A line is never split: a line longer than `maxBytes` goes alone into a fresh file.
package struct RotationStateMachine: Sendable, Equatable {
    /// What to do with the next line.
    package enum Decision: Sendable, Equatable {
        /// Write it to the live file.
        case append
        /// Archive the live file, open a fresh one, then write the line there.
        case rotateThenAppend
    }

    /// One step of archiving the live file.
    package enum FileOperation: Sendable, Equatable {
        /// Delete the file if it exists.
        case remove(String)
        /// Rename a file if it exists.
        case rename(from: String, to: String)
    }

    /// The size limit of the live file in bytes; 0 disables rotation.
    package let maxBytes: UInt64
    /// How many archives (`path.1` … `path.keep`) to keep; 0 deletes the live file at rotation.
    package let keep: Int
    /// The live file's size as the machine knows it.
    package private(set) var liveSize: UInt64

    package init(maxBytes: UInt64, keep: Int, liveSize: UInt64) {
        self.maxBytes = maxBytes
        self.keep = max(0, keep)
        self.liveSize = liveSize
    }

    /// Decides where a line of `lineLength` bytes goes and books it.
    package mutating func admit(lineLength: Int) -> Decision {
        let length = UInt64(max(0, lineLength))
        if maxBytes == 0 || liveSize == 0 || liveSize + length <= maxBytes {
            // An empty live file takes any line, even one over the limit: never split, never loop.
            liveSize += length
            return .append
        }
        liveSize = length
        return .rotateThenAppend
    }

    /// Starts over with a live file of `size` bytes (a reopen after the file was replaced).
    package mutating func reset(liveSize size: UInt64) {
        liveSize = size
    }

    /// The operations that archive `path`: drop the oldest, shift the rest, live file to `.1`.
    package static func archiveOperations(path: String, keep: Int) -> [FileOperation] {
        guard keep > 0 else { return [.remove(path)] }
        var operations: [FileOperation] = [.remove("\(path).\(keep)")]
        for index in stride(from: keep - 1, through: 1, by: -1) {
            operations.append(.rename(from: "\(path).\(index)", to: "\(path).\(index + 1)"))
        }
        operations.append(.rename(from: path, to: "\(path).1"))
        return operations
    }
}
