/// The worker side of ``FileSink``: encodes a batch into a buffer and appends it in writes of
/// about ``chunkBytes`` (fewer when rotation needs it), performing what the
/// ``RotationStateMachine`` decides.
///
/// Confined to the sink's worker thread (see ``DeliveryTarget``).
final class FileTarget: DeliveryTarget {
    typealias Element = LogRecord

    let path: String
    let mode: UInt32
    private var file: LiveFile.Opened?
    private var rotation: RotationStateMachine
    private var buffer: [UInt8] = []
    // End offset (in `buffer`) of each line not yet written.
    private var lineEnds: [Int] = []
    // The attribute layouts of the call sites seen so far (see `AttributeLayouts`).
    private var layouts: AttributeLayouts? = AttributeLayouts()

    /// The bytes encoded before a write: large enough that system calls are rare, small enough
    /// that the kernel copies them while they are still in the cache (a batch of 8,192 records
    /// is several MiB).
    static let chunkBytes = 64 * 1024

    init(path: String, mode: UInt32, maxBytes: UInt64, keep: Int, file: LiveFile.Opened) {
        self.path = path
        self.mode = mode
        self.file = file
        self.rotation = RotationStateMachine(maxBytes: maxBytes, keep: keep, liveSize: file.size)
        buffer.reserveCapacity(Self.chunkBytes)
    }

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        var report = DeliveryReport()
        followReplacedFile(&report)
        buffer.removeAll(keepingCapacity: true)
        lineEnds.removeAll(keepingCapacity: true)
        let now = InternalChannel.unixNanoseconds()
        batch.forEachInPlace { record in
            let start = buffer.count
            let outcome = JSONLinesEncoder.encode(record, observedAt: now, layouts: &layouts, into: &buffer)
            if outcome.replacedNonFiniteDoubles {
                report.nonFiniteReplaced += 1
            }
            if rotation.admit(lineLength: buffer.count - start) == .rotateThenAppend {
                writePending(upTo: start, &report)
                rotate(lineLength: buffer.count, &report)
            }
            lineEnds.append(buffer.count)
            if buffer.count >= Self.chunkBytes {
                writePending(upTo: buffer.count, &report)
            }
        }
        writePending(upTo: buffer.count, &report)
        return report
    }

    func finish() {
        if let file { LiveFile.close(file.descriptor) }
        file = nil
    }

    /// Writes the pending lines that end at or before `end`, then drops them from the buffer.
    private func writePending(upTo end: Int, _ report: inout DeliveryReport) {
        guard end > 0 else { return }
        let lines = lineEnds.count
        defer {
            buffer.removeFirst(end)
            lineEnds.removeAll(keepingCapacity: true)
        }
        guard let file else {
            report.droppedSinkError += lines
            report.failure = report.failure ?? "\(path) is not open"
            return
        }
        let (written, error) = buffer.withUnsafeBytes {
            LiveFile.writeAll(file.descriptor, .init(rebasing: $0[..<end]))
        }
        let whole = lineEnds.prefix { $0 <= written }.count
        report.delivered += whole
        report.droppedSinkError += lines - whole
        if let error {
            report.failure = "cannot write to \(path): \(LiveFile.describe(errno: error))"
            // A write stopped mid-line (disk full, size limit): cut the partial line off so the
            // file still ends with a whole line and the next line starts on its own.
            let torn = written - (whole > 0 ? lineEnds[whole - 1] : 0)
            if torn > 0 { LiveFile.removeTail(file.descriptor, byteCount: torn) }
        }
    }

    /// Archives the live file and opens a fresh one that will take the next `lineLength` bytes.
    private func rotate(lineLength: Int, _ report: inout DeliveryReport) {
        // Only a regular file is archived: a symlink, FIFO or device put at the path stays as is.
        if LiveFile.isRegularFile(atPath: path) {
            for operation in RotationStateMachine.archiveOperations(path: path, keep: rotation.keep) {
                if let failure = LiveFile.perform(operation) { report.failure = failure }
            }
        }
        reopen(&report)
        // A failed rename leaves the old file in place: count what is already in it.
        rotation.reset(liveSize: (file?.size ?? 0) + UInt64(lineLength))
    }

    /// Reopens when the live file was deleted or renamed underneath (logrotate's "create" mode);
    /// otherwise takes its current size, which counts what other writers appended.
    private func followReplacedFile(_ report: inout DeliveryReport) {
        if let file, let status = LiveFile.status(ofPath: path), status.identity == file.identity {
            rotation.reset(liveSize: status.size)
            return
        }
        reopen(&report)
        rotation.reset(liveSize: file?.size ?? 0)
    }

    private func reopen(_ report: inout DeliveryReport) {
        if let file { LiveFile.close(file.descriptor) }
        do {
            file = try LiveFile.open(path: path, mode: mode)
        } catch {
            file = nil
            report.failure = error.message
        }
    }
}
