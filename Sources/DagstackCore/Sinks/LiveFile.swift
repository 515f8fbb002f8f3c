internal import Glibc

/// Which file a path or descriptor refers to: device and inode.
package struct FileIdentity: Sendable, Hashable {
    package var device: UInt64
    package var inode: UInt64

    package init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}

/// The file-opening and file-system layer under ``FileSink``: thin wrappers over the syscalls,
/// with `errno` turned into a ``FileSinkError`` or a message.
package enum LiveFile {
    /// An open live file.
    package struct Opened: Sendable {
        package var descriptor: Int32
        package var size: UInt64
        package var identity: FileIdentity
    }

    /// Opens (creating with `mode` if needed) `path` for appending; never follows a symlink.
    package static func open(path: String, mode: UInt32) throws(FileSinkError) -> Opened {
        // O_NONBLOCK so that a FIFO at the path fails (ENXIO) instead of blocking for a reader.
        let flags = O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        let descriptor = Glibc.open(path, flags, mode_t(mode))
        guard descriptor >= 0 else { throw openError(errno: errno, path: path) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = openError(errno: errno, path: path)
            _ = Glibc.close(descriptor)
            throw error
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            _ = Glibc.close(descriptor)
            throw FileSinkError(
                code: .notRegularFile,
                path: path,
                message: "\(path) is not a regular file; point the FileSink at a regular file path"
            )
        }
        _ = fcntl(descriptor, F_SETFL, O_WRONLY | O_APPEND)
        return Opened(
            descriptor: descriptor,
            size: UInt64(max(0, info.st_size)),
            identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        )
    }

    /// The identity and size of what `path` names now (without following a symlink), `nil` if
    /// nothing.
    package static func status(ofPath path: String) -> (identity: FileIdentity, size: UInt64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), UInt64(max(0, info.st_size)))
    }

    /// Whether `path` itself (not a symlink's target) is a regular file.
    package static func isRegularFile(atPath path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Writes all of `bytes`, retrying short writes and `EINTR`; returns the bytes written and
    /// the `errno` that stopped it, if any.
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> (written: Int, errno: Int32?)
    {
        guard let base = bytes.baseAddress else { return (0, nil) }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, base + written, bytes.count - written)
            if result > 0 {
                written += result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                let code = result < 0 ? errno : EIO
                // On a thread that blocks them (see `WriteSignals`), the signal is left pending.
                if code == EPIPE { WriteSignals.consumePending(SIGPIPE) }
                if code == EFBIG { WriteSignals.consumePending(SIGXFSZ) }
                return (written, code)
            }
        }
        return (written, nil)
    }

    /// Truncates the last `byteCount` bytes off the file (a partial line left by a failed write).
    package static func removeTail(_ descriptor: Int32, byteCount: Int) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= byteCount else { return }
        _ = ftruncate(descriptor, info.st_size - off_t(byteCount))
    }

    /// Performs one archive step; a missing source is not an error. Returns a message on failure.
    package static func perform(_ operation: RotationStateMachine.FileOperation) -> String? {
        switch operation {
        case .remove(let path):
            if unlink(path) == 0 || errno == ENOENT { return nil }
            return "cannot delete \(path): \(describe(errno: errno))"
        case .rename(let from, let to):
            if rename(from, to) == 0 || errno == ENOENT { return nil }
            return "cannot rename \(from) to \(to): \(describe(errno: errno))"
        }
    }

    package static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    package static func describe(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }

    static func openError(errno code: Int32, path: String) -> FileSinkError {
        let reason = describe(errno: code)
        switch code {
        case ENOENT, ENOTDIR:
            return FileSinkError(
                code: .missingDirectory,
                path: path,
                message: "cannot create \(path): \(reason); create its directory first"
            )
        case EACCES, EPERM, EROFS:
            return FileSinkError(
                code: .permissionDenied,
                path: path,
                message: "cannot open \(path) for writing: \(reason); check the permissions of the file and directory"
            )
        case EISDIR:
            return FileSinkError(
                code: .isDirectory,
                path: path,
                message: "\(path) is a directory; give the FileSink a file path inside it"
            )
        case ELOOP:
            return FileSinkError(
                code: .symlinkRefused,
                path: path,
                message: "\(path) is a symbolic link, which the FileSink refuses to follow; use the real path"
            )
        case ENXIO:
            return FileSinkError(
                code: .notRegularFile,
                path: path,
                message: "\(path) is not a regular file (a FIFO or device); point the FileSink at a regular file path"
            )
        default:
            return FileSinkError(code: .openFailed, path: path, message: "cannot open \(path): \(reason)")
        }
    }
}
