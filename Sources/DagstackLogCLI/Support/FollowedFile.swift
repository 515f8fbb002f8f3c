import DagstackCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One FILE argument of `view`: its archives (read once, oldest first) and the live file, which
/// `poll()` keeps reading across rotation (the path now names a new file) and truncation.
final class FollowedFile {
    let path: String
    private let printer: RecordPrinter
    private var descriptor: Int32
    private var reader: LineReader
    private var identity: FileIdentity
    private var lineNumber = 0

    /// Opens the live file; `nil` (with `errno` set) if it cannot be opened.
    init?(path: String, printer: RecordPrinter) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.printer = printer
        self.descriptor = descriptor
        self.reader = LineReader(descriptor: descriptor)
        self.identity = FileIdentity(descriptor: descriptor) ?? FileIdentity(device: 0, inode: 0)
    }

    deinit {
        close(self.descriptor)
    }

    /// Prints `path.N` … `path.1` (the archives a FileSink keeps), oldest first.
    func readArchives() {
        var archives: [String] = []
        var index = 1
        while access("\(self.path).\(index)", R_OK) == 0 {
            archives.append("\(self.path).\(index)")
            index += 1
        }
        for archive in archives.reversed() {
            let descriptor = open(archive, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var number = 0
            LineReader(descriptor: descriptor).drain { line in
                number += 1
                self.printer.handle(line, file: archive, number: number)
            }
        }
        self.printer.flush()
    }

    /// Prints every complete line available now; true if there was any.
    @discardableResult
    func readAvailable() -> Bool {
        var any = false
        while let line = self.reader.nextLine() {
            any = true
            self.handle(line)
        }
        self.printer.flush()
        return any
    }

    /// Prints the next line of the followed file.
    private func handle(_ line: [UInt8]) {
        self.lineNumber += 1
        self.printer.handle(line, file: self.path, number: self.lineNumber)
    }

    /// One follow step: new lines, then truncation and rotation checks. True if anything was printed.
    func poll() -> Bool {
        var progressed = self.readAvailable()
        var status = stat()
        if fstat(self.descriptor, &status) == 0, lseek(self.descriptor, 0, SEEK_CUR) > status.st_size {
            // Truncated in place (logrotate copytruncate): start again from the top.
            lseek(self.descriptor, 0, SEEK_SET)
            _ = self.reader.remainder()
            self.lineNumber = 0
            progressed = self.readAvailable() || progressed
        }
        if let current = FileIdentity(path: self.path), current != self.identity {
            // Rotated: finish the old file, then switch to the new one at the path.
            progressed = self.readAvailable() || progressed
            self.reader.drain(self.handle)
            self.printer.flush()
            let descriptor = open(self.path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                close(self.descriptor)
                self.descriptor = descriptor
                self.reader = LineReader(descriptor: descriptor)
                self.identity = current
                self.lineNumber = 0
                progressed = self.readAvailable() || progressed
            }
        }
        return progressed
    }

    /// Prints a final unterminated line, if any.
    func finish() {
        self.reader.drain(self.handle)
        self.printer.flush()
    }
}

/// The file a descriptor or a path (following symlinks, as the viewer follows the log's name)
/// refers to now.
extension FileIdentity {
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
