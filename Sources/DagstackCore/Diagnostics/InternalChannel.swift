internal import Dispatch
internal import Glibc
internal import Synchronization

/// The `dagstack.logger.internal` channel: the logger's reports about itself.
///
/// Each diagnostic becomes one dagstack JSON-lines record (scope `dagstack.logger.internal`)
/// written with a single `write` straight to its output (stderr by default): no buffer, no
/// redaction, never through the pipeline, so a failing sink can always be reported. A key is
/// written at most once per second; the next one written carries `dagstack.suppressed_count`.
package final class InternalChannel: Sendable {
    package static let scopeName = "dagstack.logger.internal"

    /// The process-wide channel, writing to standard error.
    package static let standardError = InternalChannel()

    private let limiter: Mutex<RateLimiter>
    private let monotonicNanoseconds: @Sendable () -> UInt64
    private let wallClockNanoseconds: @Sendable () -> UInt64
    private let output: @Sendable ([UInt8]) -> Void

    /// Creates a channel; tests inject the clocks and the output.
    package init(
        limiter: RateLimiter = RateLimiter(),
        monotonicNanoseconds: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
        wallClockNanoseconds: @escaping @Sendable () -> UInt64 = InternalChannel.unixNanoseconds,
        output: @escaping @Sendable ([UInt8]) -> Void = InternalChannel.writeToStandardError
    ) {
        self.limiter = Mutex(limiter)
        self.monotonicNanoseconds = monotonicNanoseconds
        self.wallClockNanoseconds = wallClockNanoseconds
        self.output = output
    }

    /// Writes `diagnostic` unless its key was written less than a second ago; returns whether it
    /// was written.
    @discardableResult
    package func report(_ diagnostic: Diagnostic) -> Bool {
        let now = monotonicNanoseconds()
        let verdict = limiter.withLock { $0.admit(key: diagnostic.key, now: now) }
        guard case .emit(let suppressed) = verdict else { return false }
        output(line(for: diagnostic, suppressed: suppressed))
        return true
    }

    /// The JSON line (LF-terminated) a diagnostic is written as.
    package func line(for diagnostic: Diagnostic, suppressed: Int) -> [UInt8] {
        var attributes = diagnostic.attributes
        attributes["dagstack.diagnostic"] = .string(diagnostic.key)
        if suppressed > 0 { attributes["dagstack.suppressed_count"] = .int(Int64(suppressed)) }
        let now = wallClockNanoseconds()
        let record = LogRecord(
            timeUnixNano: now,
            observedTimeUnixNano: now,
            severity: diagnostic.severity,
            body: .string(diagnostic.message),
            attributes: attributes,
            instrumentationScope: InstrumentationScope(name: Self.scopeName)
        )
        var bytes: [UInt8] = []
        _ = JSONLinesEncoder.encode(record, into: &bytes)
        return bytes
    }

    /// Nanoseconds since the Unix epoch, from the real-time clock.
    @Sendable
    package static func unixNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return UInt64(max(0, spec.tv_sec)) &* 1_000_000_000 &+ UInt64(max(0, spec.tv_nsec))
    }

    /// One `write(2)` to file descriptor 2 (short writes are completed, errors ignored), with
    /// SIGPIPE blocked around it: a closed stderr must not kill the process from a caller's thread.
    @Sendable
    package static func writeToStandardError(_ bytes: [UInt8]) {
        WriteSignals.withBlocked {
            bytes.withUnsafeBytes { _ = LiveFile.writeAll(STDERR_FILENO, $0) }
        }
    }
}
