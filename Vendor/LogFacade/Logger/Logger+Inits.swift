extension Logger {
    /// Creates a logger with the handler made by the factory given to ``LoggingSystem/bootstrap(_:)``.
    ///
    /// The handler also receives ``LoggingSystem/metadataProvider``. Without a bootstrap the
    /// handler is a ``StreamLogHandler`` writing to standard error.
    ///
    /// - Parameter label: An identifier for the creator of the logger, such as a module or type name.
    public init(label: String) {
        let (factory, metadataProvider) = LoggingSystem.factoryAndProvider
        self.init(label: label, factory(label, metadataProvider))
    }

    /// Creates a logger whose handler the given factory makes, bypassing the bootstrapped factory.
    ///
    /// - Parameters:
    ///   - label: An identifier for the creator of the logger.
    ///   - factory: Makes the handler for `label`.
    public init(label: String, factory: (String) -> any LogHandler) {
        self.init(label: label, factory(label))
    }

    /// Creates a logger whose handler the given factory makes, handing it the bootstrapped
    /// ``LoggingSystem/metadataProvider``.
    ///
    /// - Parameters:
    ///   - label: An identifier for the creator of the logger.
    ///   - factory: Makes the handler for `label` and the system-wide metadata provider.
    public init(label: String, factory: (String, Logger.MetadataProvider?) -> any LogHandler) {
        self.init(label: label, factory(label, LoggingSystem.metadataProvider))
    }

    /// Creates a logger from the bootstrapped factory, with an explicit metadata provider that
    /// replaces the system-wide one for this logger.
    ///
    /// - Parameters:
    ///   - label: An identifier for the creator of the logger.
    ///   - metadataProvider: The provider the handler consults on every log call.
    public init(label: String, metadataProvider: MetadataProvider) {
        var handler = LoggingSystem.factory(label, metadataProvider)
        handler.metadataProvider = metadataProvider
        self.init(label: label, handler)
    }
}
