/// A handler that discards everything: level `.critical`, no metadata, no output.
///
/// Use it to silence a logger: `Logger(label: "quiet", factory: SwiftLogNoOpLogHandler.init)`.
public struct SwiftLogNoOpLogHandler: LogHandler {
    /// Creates the handler.
    public init() {}

    /// Creates the handler for a label (so the initializer can serve as a factory).
    public init(_: String) {}

    /// Discards the event.
    @inlinable public func log(event: LogEvent) {}

    /// Discards the call.
    @available(*, deprecated, renamed: "log(event:)")
    @inlinable public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {}

    /// Discards the call.
    @available(*, deprecated, renamed: "log(event:)")
    @inlinable public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        file: String,
        function: String,
        line: UInt
    ) {}

    /// Always `nil`; writes are ignored.
    @inlinable public subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    /// Always empty; writes are ignored.
    @inlinable public var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }

    /// Always `.critical`; writes are ignored.
    @inlinable public var logLevel: Logger.Level {
        get { .critical }
        set {}
    }
}
