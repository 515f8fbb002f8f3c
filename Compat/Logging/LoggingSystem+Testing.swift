extension LoggingSystem {
    /// Re-bootstraps without the bootstrap-once check, clearing the system metadata provider.
    ///
    /// For tests only, through `@testable import Logging`, as in swift-log.
    internal static func bootstrapInternal(_ factory: @escaping @Sendable (String) -> any LogHandler) {
        self.install({ label, _ in factory(label) }, metadataProvider: nil, once: false)
    }

    /// Re-bootstraps the factory and the system metadata provider without the bootstrap-once check.
    ///
    /// For tests only, through `@testable import Logging`, as in swift-log.
    internal static func bootstrapInternal(
        _ factory: @escaping @Sendable (String, Logger.MetadataProvider?) -> any LogHandler,
        metadataProvider: Logger.MetadataProvider?
    ) {
        self.install(factory, metadataProvider: metadataProvider, once: false)
    }
}
