internal import Glibc

/// A sink that writes to the terminal or a stream: pretty lines for people, JSON-lines for tools.
///
/// In ``Mode/auto`` (the default) it writes pretty lines when the stream is a terminal and dagstack
/// JSON-lines (SPEC §3.1) otherwise, so piping a program into `jq` just works. Colours honour
/// `NO_COLOR` (and are used on terminals only). Like every buffered sink, `emit` only enqueues; the sink's worker formats each
/// batch and writes it with one `write`, so a line is never split or interleaved with another
/// line of this sink.
public final class ConsoleSink: Sink {
    /// How a ``ConsoleSink`` chooses its format.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Pretty on a terminal, JSON-lines otherwise.
        case auto
        /// Always pretty (presentation only, never parsed).
        case pretty
        /// Always dagstack JSON-lines.
        case json
    }

    /// `console:<mode>`, such as `console:auto`.
    public let id: String
    /// The configured mode.
    public let mode: Mode
    /// The stream written to.
    public let stream: ConsoleStream
    /// Records below this severity are not accepted.
    public let minSeverity: Severity
    let format: ConsoleFormat
    let engine: DeliveryEngine<ConsoleTarget>

    /// Creates a console sink.
    ///
    /// - Parameters:
    ///   - mode: `auto` (pretty on a terminal, JSON otherwise), `pretty` or `json`.
    ///   - stream: where to write; standard error by default. The sink never closes it.
    ///   - minSeverity: the lowest severity written.
    ///   - delivery: queue capacity, overflow policy and close timeout.
    public convenience init(
        mode: Mode = .auto,
        stream: ConsoleStream = .standardError,
        minSeverity: Severity = .trace,
        delivery: DeliveryOptions = DeliveryOptions()
    ) {
        var environment: [String: String] = [:]
        if let value = getenv("NO_COLOR") { environment["NO_COLOR"] = String(cString: value) }
        self.init(
            mode: mode,
            stream: stream,
            minSeverity: minSeverity,
            delivery: delivery,
            environment: environment,
            diagnostics: .standardError
        )
    }

    package init(
        mode: Mode,
        stream: ConsoleStream,
        minSeverity: Severity,
        delivery: DeliveryOptions,
        environment: [String: String],
        diagnostics: InternalChannel
    ) {
        self.id = "console:\(mode.rawValue)"
        self.mode = mode
        self.stream = stream
        self.minSeverity = minSeverity
        let isTerminal = isatty(stream.fileDescriptor) == 1
        self.format = ConsoleFormat.resolve(mode: mode, isTerminal: isTerminal, environment: environment)
        self.engine = DeliveryEngine(
            sinkID: id,
            target: ConsoleTarget(descriptor: stream.fileDescriptor, format: format),
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

    /// Waits up to `timeout` until every record emitted before the call has been written.
    public func flush(timeout: Duration) -> FlushResult {
        engine.flush(timeout: timeout)
    }

    /// Flushes (up to the delivery options' close timeout) and stops; the stream stays open.
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
