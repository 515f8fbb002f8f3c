/// A sink that appends dagstack JSON-lines (SPEC §3.1) to a file, with size-based rotation.
///
/// The file is opened in the throwing initialiser (never through a symlink, created with mode
/// `0600` unless configured) and its size is resumed, so a restart continues the rotation where
/// it left off. `emit` only enqueues; a dedicated worker encodes batches and appends them in
/// writes of about 64 KiB of whole lines. Rotation follows SPEC §7: before a line that would take the live file past
/// `maxBytes` it becomes `path.1` (older archives shift up to `path.keep`, anything beyond is
/// deleted); a line is never split, and a line longer than `maxBytes` goes alone into a fresh
/// file. When the live file is deleted or renamed by someone else (logrotate's "create" mode),
/// the next batch notices and writes to a new file at the path.
public final class FileSink: Sink {
    /// `file:<absolute path>`.
    public let id: String
    /// The absolute path of the live file.
    public let path: String
    /// The size limit of the live file in bytes; 0 disables rotation.
    public let maxBytes: UInt64
    /// How many archives are kept; 0 deletes the live file at rotation.
    public let keep: Int
    /// Records below this severity are not accepted.
    public let minSeverity: Severity
    let engine: DeliveryEngine<FileTarget>

    /// Opens (or creates) the file at `path`.
    ///
    /// - Parameters:
    ///   - path: the live file; a relative path is resolved against the current directory.
    ///   - maxBytes: rotate before the live file would pass this size; 0 (the default) never rotates.
    ///   - keep: archives to keep (`path.1` is the newest); 0 deletes the old file at rotation.
    ///   - minSeverity: the lowest severity written.
    ///   - fileMode: permissions of a newly created file (the umask applies).
    ///   - delivery: queue capacity, overflow policy, close timeout and batch delay.
    /// - Throws: ``FileSinkError`` saying whether the directory is missing, permission is denied,
    ///   or the path is a directory, a symlink or not a regular file.
    public convenience init(
        path: String,
        maxBytes: UInt64 = 0,
        keep: Int = 5,
        minSeverity: Severity = .trace,
        fileMode: UInt32 = 0o600,
        delivery: DeliveryOptions = DeliveryOptions()
    ) throws(FileSinkError) {
        try self.init(
            path: path,
            maxBytes: maxBytes,
            keep: keep,
            minSeverity: minSeverity,
            fileMode: fileMode,
            delivery: delivery,
            diagnostics: .standardError
        )
    }

    package init(
        path: String,
        maxBytes: UInt64,
        keep: Int,
        minSeverity: Severity,
        fileMode: UInt32,
        delivery: DeliveryOptions,
        diagnostics: InternalChannel
    ) throws(FileSinkError) {
        let absolute = AbsolutePath.resolve(path)
        let opened = try LiveFile.open(path: absolute, mode: fileMode)
        self.path = absolute
        self.id = "file:\(absolute)"
        self.maxBytes = maxBytes
        self.keep = max(0, keep)
        self.minSeverity = minSeverity
        let target = FileTarget(path: absolute, mode: fileMode, maxBytes: maxBytes, keep: self.keep, file: opened)
        self.engine = DeliveryEngine(
            sinkID: id,
            target: target,
            options: delivery,
            events: diagnostics.deliveryEvents(sinkID: id)
        )
    }

    deinit {
        engine.closeInBackground()
    }

    /// Enqueues the record; never blocks on I/O. The worker fills in an unset observed time.
    public func emit(_ record: consuming LogRecord) {
        guard record.severity >= minSeverity else { return }
        engine.submit(record)
    }

    /// Waits up to `timeout` until every record emitted before the call is in the file.
    public func flush(timeout: Duration) -> FlushResult {
        engine.flush(timeout: timeout)
    }

    /// Flushes (up to the delivery options' close timeout) and closes the file; idempotent.
    @discardableResult
    public func close() -> FlushResult {
        engine.close()
    }

    /// `true` for `severity` at or above ``minSeverity``.
    public func supportsSeverity(_ severity: Severity) -> Bool {
        severity >= minSeverity
    }

    /// The delivery counters.
    public var counters: SinkCounters? {
        engine.counters
    }
}
