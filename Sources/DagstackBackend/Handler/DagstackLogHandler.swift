public import DagstackCore
public import LogFacade

/// A facade `LogHandler` that turns every log call into a dagstack ``LogRecord`` and hands it to
/// the sinks a ``LoggerRegistry`` configures for the logger's label.
///
/// The label is the registry node (per-logger levels and sinks from configuration apply to it,
/// with dot-prefix inheritance) and the record's `instrumentation_scope.name` (`root` for the
/// empty label, as the native logger names the root). Levels map to
/// severities as SPEC §2 fixes them (notice is INFO 10). Metadata merges in swift-log's order,
/// handler metadata < metadata provider < call site, and keeps numbers and booleans typed; see
/// ``log(event:)`` for every attribute a record gets.
///
/// A handler is a value: setting ``logLevel`` or metadata on one logger copy leaves the others
/// alone. Bootstrap with `LoggingSystem.bootstrap(DagstackLogHandler.init)` after configuring
/// ``LoggerRegistry/shared``, or in one call with `DagstackBackend.bootstrap(sinks:)`. For a test,
/// ``factory(sinks:rootLevel:perLoggerLevels:resourceAttributes:redaction:includeCodeLocation:metadataProvider:)``
/// builds loggers on a pipeline of their own.
public struct DagstackLogHandler: LogHandler {
    /// The handler's own metadata, attached to every record; the provider's and the call
    /// site's metadata win over it.
    public var metadata: Logger.Metadata = [:]

    /// The provider consulted on every log call that passes the level check.
    public var metadataProvider: Logger.MetadataProvider?

    /// Whether records carry `code.filepath`, `code.function` and `code.lineno` (on by default).
    public var includeCodeLocation: Bool

    /// The level set on this handler copy; `nil` follows the registry's configuration.
    var explicitLevel: Logger.Level?

    let node: HandlerNode
    /// The policy when the handler was made; used while the registry's generation matches it.
    let snapshot: PolicyCache.Snapshot

    /// Creates a handler for `label` on ``LoggerRegistry/shared``, with the system-wide metadata
    /// provider: the factory for `LoggingSystem.bootstrap(DagstackLogHandler.init)`.
    public init(label: String) {
        self.init(label: label, registry: .shared, metadataProvider: LoggingSystem.metadataProvider)
    }

    /// Creates a handler for `label` on ``LoggerRegistry/shared`` with a metadata provider: the
    /// factory for `LoggingSystem.bootstrap(DagstackLogHandler.init, metadataProvider: provider)`.
    public init(label: String, metadataProvider: Logger.MetadataProvider?) {
        self.init(label: label, registry: .shared, metadataProvider: metadataProvider)
    }

    /// Creates a handler for `label` on the given registry.
    ///
    /// - Parameters:
    ///   - label: The logger's label: its registry node and instrumentation scope name.
    ///   - registry: Where levels, sinks, redaction and resource come from.
    ///   - metadataProvider: Consulted on every log call that passes the level check.
    ///   - includeCodeLocation: Whether records carry `code.filepath`, `code.function` and
    ///     `code.lineno`.
    public init(
        label: String,
        registry: LoggerRegistry,
        metadataProvider: Logger.MetadataProvider? = nil,
        includeCodeLocation: Bool = true
    ) {
        self.node = HandlerNode.node(for: label, in: registry)
        self.snapshot = node.cache.current()
        self.metadataProvider = metadataProvider
        self.includeCodeLocation = includeCodeLocation
    }

    /// The lowest level this handler copy emits.
    ///
    /// Until set on this copy, it follows the registry: the lowest facade level that passes the
    /// label's configured level (per-logger levels, environment, dot-prefix inheritance), and it
    /// changes when the registry is reconfigured. Once set, it is this copy's own and wins over
    /// the configuration in both directions, as with any swift-log handler.
    public var logLevel: Logger.Level {
        @inline(__always) get { explicitLevel ?? node.effectiveLevel() }
        set { explicitLevel = newValue }
    }

    /// Reads or writes one entry of the handler's metadata, for this copy only.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}
