public import DagstackCore
public import LogFacade
internal import Synchronization

/// The one-call replacement of `LoggingSystem.bootstrap`: configures ``LoggerRegistry/shared``
/// and bootstraps the facade with ``DagstackLogHandler``, so every `Logger(label:)` in the process
/// writes to dagstack sinks.
///
/// ```swift
/// import DagstackBackend
/// import Logging
///
/// try DagstackBackend.bootstrap(rootLevel: "INFO", sinks: [ConsoleSink()])
/// let logger = Logger(label: "orders")
/// ```
///
/// The two-step form works too: configure ``LoggerRegistry/shared``, then
/// `LoggingSystem.bootstrap(DagstackLogHandler.init)`. A normal exit (`exit`, or returning from
/// `main`) writes what the sinks still queue (two seconds at most); call ``shutdown(timeout:)``
/// before the process exits to also close them and learn of failures, or opt in to
/// ``installShutdownHandlers(timeout:)`` to cover SIGTERM and SIGINT.
public enum DagstackBackend {
    /// Configures the shared registry, then bootstraps the logging system once.
    ///
    /// - Parameters:
    ///   - rootLevel: The root level: a name (`TRACE` … `FATAL`, any case, also `WARNING`,
    ///     `CRITICAL`) or a number from 1 to 24.
    ///   - sinks: Where every logger writes, such as `[ConsoleSink()]`.
    ///   - perLoggerLevels: Levels of facade labels and their dot-descendants (`"httpx": "WARN"`).
    ///   - resourceAttributes: The resource of every record (`service.name`, …).
    ///   - redaction: The secret-suffix policy; `nil` for the base suffixes.
    ///   - autoInjectTraceContext: Whether records carry the task's trace context.
    ///   - includeCodeLocation: Whether records carry `code.filepath`, `code.function`, `code.lineno`.
    ///   - metadataProvider: The system-wide metadata provider (`LoggingSystem.metadataProvider`).
    /// - Throws: ``BootstrapError`` when the logging system is already bootstrapped, or
    ///   ``ConfigurationError`` for a bad level; nothing is changed then.
    public static func bootstrap(
        rootLevel: String = "INFO",
        sinks: [any Sink],
        perLoggerLevels: [String: String] = [:],
        resourceAttributes: [String: Value] = [:],
        redaction: RedactionConfig? = nil,
        autoInjectTraceContext: Bool = true,
        includeCodeLocation: Bool = true,
        metadataProvider: Logger.MetadataProvider? = nil
    ) throws {
        try bootstrap(includeCodeLocation: includeCodeLocation, metadataProvider: metadataProvider) {
            try LoggerRegistry.shared.configure(
                rootLevel: rootLevel,
                sinks: sinks,
                perLoggerLevels: perLoggerLevels,
                resourceAttributes: resourceAttributes,
                redaction: redaction,
                autoInjectTraceContext: autoInjectTraceContext
            )
        }
    }

    /// Configures the shared registry from a decoded `logging:` section, the environment applied
    /// over it (`LOG_LEVEL`, `LOG_LEVEL_<name>`, `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`),
    /// then bootstraps the logging system once.
    ///
    /// - Parameters:
    ///   - configuration: The `logging:` section of the application's configuration.
    ///   - environment: The variables to read; `nil` (the default) reads the process's.
    ///   - includeCodeLocation: Whether records carry `code.filepath`, `code.function`, `code.lineno`.
    ///   - metadataProvider: The system-wide metadata provider (`LoggingSystem.metadataProvider`).
    /// - Throws: ``BootstrapError`` when the logging system is already bootstrapped, or
    ///   ``ConfigurationError`` when the configuration is invalid or a sink cannot be opened;
    ///   nothing is changed then.
    public static func bootstrap(
        configuration: LoggingConfiguration,
        environment: [String: String]? = nil,
        includeCodeLocation: Bool = true,
        metadataProvider: Logger.MetadataProvider? = nil
    ) throws {
        try bootstrap(includeCodeLocation: includeCodeLocation, metadataProvider: metadataProvider) {
            try LoggerRegistry.shared.configure(configuration, environment: environment)
        }
    }

    /// Flushes every sink of the shared registry: waits up to `timeout` until what was logged
    /// before the call is written.
    @discardableResult
    public static func flush(timeout: Duration = .seconds(5)) -> FlushResult {
        LoggerRegistry.shared.flush(timeout: timeout)
    }

    /// Flushes and closes every sink of the shared registry; idempotent. Records logged afterwards
    /// are dropped and counted by the sinks.
    ///
    /// Call it last thing before the process exits (or let ``installShutdownHandlers(timeout:)``
    /// do it). A normal exit without it still writes what the sinks queue, waiting two seconds at
    /// most for all of them, but closes nothing and returns no result (a sink still stalled then
    /// is not reported; write failures are, by the sink, on the internal channel).
    @discardableResult
    public static func shutdown(timeout: Duration = .seconds(5)) -> FlushResult {
        LoggerRegistry.shared.shutdown(timeout: timeout)
    }

    /// Serialises bootstraps, so a losing call never configures the shared registry between the
    /// winner's configuration and its install.
    private static let bootstrapLock = Mutex(())

    /// Configures the shared registry, then sets the facade's factory to make
    /// ``DagstackLogHandler``s on it, once per process: a second bootstrap, or one racing another,
    /// throws instead of stopping the process, and changes nothing.
    private static func bootstrap(
        includeCodeLocation: Bool,
        metadataProvider: Logger.MetadataProvider?,
        configure: () throws -> Void
    ) throws {
        try bootstrapLock.withLock { _ in
            guard !LoggingSystem.isBootstrapped else { throw BootstrapError.alreadyBootstrapped() }
            try configure()
            let installed = LoggingSystem.tryInstall(
                { label, provider in
                    DagstackLogHandler(
                        label: label,
                        registry: .shared,
                        metadataProvider: provider,
                        includeCodeLocation: includeCodeLocation
                    )
                },
                metadataProvider: metadataProvider,
                once: true
            )
            guard installed else { throw BootstrapError.alreadyBootstrapped() }
        }
    }
}
