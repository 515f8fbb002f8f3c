/// Marks log handlers Sendable while keeping Swift 5 mode handlers on warnings, not errors.
@preconcurrency public protocol _SwiftLogSendableLogHandler: Sendable {}

/// A destination for log events: the backend half of the facade.
///
/// A handler is a value: ``Logger`` copies it when a copy of the logger changes its ``logLevel`` or
/// metadata, so such changes must stay local to the copy. Keep shared state (files, buffers) in a
/// reference the handler holds.
///
/// Implement ``log(event:)``, ``metadata``, ``logLevel`` and the metadata subscript; implement
/// ``metadataProvider`` as a stored property to support metadata providers. `log(event:)` is called
/// on the logging thread for every call that passes the level check, so it must not block for long
/// and must never crash.
public protocol LogHandler: _SwiftLogSendableLogHandler {
    /// The metadata provider the handler consults on each log call, if it supports providers.
    var metadataProvider: Logger.MetadataProvider? { get set }

    /// Handles one log event that passed the level check.
    func log(event: LogEvent)

    /// Handles one log call; the form before ``LogEvent`` existed.
    @available(*, deprecated, renamed: "log(event:)")
    func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    )

    /// Handles one log call; the form before `source` existed.
    @available(*, deprecated, renamed: "log(event:)")
    func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        file: String,
        function: String,
        line: UInt
    )

    /// Reads or writes one entry of the handler's metadata.
    subscript(metadataKey _: String) -> Logger.Metadata.Value? { get set }

    /// The handler's own metadata, attached to every event it handles.
    var metadata: Logger.Metadata { get set }

    /// The lowest level the handler emits.
    var logLevel: Logger.Level { get set }
}
