import Synchronization

/// The process-wide choice of log handler: bootstrap it once, early, before making loggers.
///
/// Until ``bootstrap(_:)`` runs, loggers write to standard error through ``StreamLogHandler``.
/// Bootstrapping twice is a programmer error and stops the process, as in swift-log; libraries
/// must never bootstrap.
public enum LoggingSystem: Sendable {
    /// Makes a handler for a label, given the system-wide metadata provider.
    package typealias Factory = @Sendable (_ label: String, _ provider: Logger.MetadataProvider?) -> any LogHandler

    private struct State: Sendable {
        var factory: Factory = { label, _ in StreamLogHandler.standardError(label: label) }
        var metadataProvider: Logger.MetadataProvider?
        var isBootstrapped = false
        var warnedHandlerTypes = Set<ObjectIdentifier>()
    }

    private static let state = Mutex(State())

    /// Sets the factory every ``Logger/init(label:)`` uses from now on. Call it once per process.
    ///
    /// - Parameter factory: Makes the handler for a logger label.
    /// - Precondition: The logging system has not been bootstrapped yet.
    @preconcurrency
    public static func bootstrap(_ factory: @escaping @Sendable (String) -> any LogHandler) {
        self.install({ label, _ in factory(label) }, metadataProvider: nil, once: true)
    }

    /// Sets the factory and the system-wide metadata provider. Call it once per process.
    ///
    /// - Parameters:
    ///   - factory: Makes the handler for a label, given the provider.
    ///   - metadataProvider: The provider handed to every factory call; also ``metadataProvider``.
    /// - Precondition: The logging system has not been bootstrapped yet.
    @preconcurrency
    public static func bootstrap(
        _ factory: @escaping @Sendable (String, Logger.MetadataProvider?) -> any LogHandler,
        metadataProvider: Logger.MetadataProvider?
    ) {
        self.install(factory, metadataProvider: metadataProvider, once: true)
    }

    /// The metadata provider given to ``bootstrap(_:metadataProvider:)``, if any.
    public static var metadataProvider: Logger.MetadataProvider? {
        self.state.withLock { $0.metadataProvider }
    }

    /// The bootstrapped factory (or the default one).
    package static var factory: Factory {
        self.state.withLock { $0.factory }
    }

    /// The factory and the metadata provider, read together (one lock, one bootstrap).
    package static var factoryAndProvider: (factory: Factory, metadataProvider: Logger.MetadataProvider?) {
        self.state.withLock { ($0.factory, $0.metadataProvider) }
    }

    /// Whether ``bootstrap(_:)`` has run.
    package static var isBootstrapped: Bool {
        self.state.withLock { $0.isBootstrapped }
    }

    /// Replaces the factory and provider; `once` enforces the bootstrap-once rule.
    package static func install(_ factory: @escaping Factory, metadataProvider: Logger.MetadataProvider?, once: Bool) {
        if !self.tryInstall(factory, metadataProvider: metadataProvider, once: once) {
            // Outside the lock, so the failure does not leave it held.
            preconditionFailure("logging system can only be initialized once per process.")
        }
    }

    /// Replaces the factory and provider in one step with the bootstrap-once check; returns
    /// `false`, changing nothing, when `once` and the system is already bootstrapped.
    package static func tryInstall(
        _ factory: @escaping Factory,
        metadataProvider: Logger.MetadataProvider?,
        once: Bool
    ) -> Bool {
        self.state.withLock { state in
            if once && state.isBootstrapped { return false }
            state.factory = factory
            state.metadataProvider = metadataProvider
            state.isBootstrapped = true
            return true
        }
    }

    /// True the first time it is asked about a handler type (debug-build warning de-duplication).
    internal static func shouldWarnAboutMissingProviderSupport(_ type: Any.Type) -> Bool {
        self.state.withLock { $0.warnedHandlerTypes.insert(ObjectIdentifier(type)).inserted }
    }
}
