public import DagstackCore
public import LogFacade

extension DagstackLogHandler {
    /// A handler factory on a pipeline of its own: a new ``LoggerRegistry`` configured with
    /// `sinks`, touching no global state.
    ///
    /// Made for tests: `Logger(label: "x", factory: DagstackLogHandler.factory(sinks: [sink]))`
    /// with an ``InMemorySink``, asserted through its typed records. Tests running in parallel,
    /// each with its own factory, never see each other's records. Every logger made by one
    /// factory shares its registry, so their labels' levels and sinks come from this call.
    ///
    /// - Parameters:
    ///   - sinks: The sinks every logger of the factory writes to.
    ///   - rootLevel: The lowest severity written; `.trace` by default, so a test sees everything.
    ///   - perLoggerLevels: Levels of named loggers and their descendants (dot hierarchy).
    ///   - resourceAttributes: The resource of every record; none when empty.
    ///   - redaction: The secret-suffix policy; `nil` for the base suffixes.
    ///   - includeCodeLocation: Whether records carry `code.filepath`, `code.function`, `code.lineno`.
    ///   - metadataProvider: The provider of every handler the factory makes.
    /// - Returns: A factory for `Logger(label:factory:)`.
    public static func factory(
        sinks: [any Sink],
        rootLevel: Severity = .trace,
        perLoggerLevels: [String: Severity] = [:],
        resourceAttributes: [String: Value] = [:],
        redaction: RedactionConfig? = nil,
        includeCodeLocation: Bool = true,
        metadataProvider: Logger.MetadataProvider? = nil
    ) -> @Sendable (String) -> any LogHandler {
        let registry = LoggerRegistry()
        // Levels given as numbers in 1...24 always parse, so this cannot fail.
        try? registry.configure(
            rootLevel: String(rootLevel.number),
            sinks: sinks,
            perLoggerLevels: perLoggerLevels.mapValues { String($0.number) },
            resourceAttributes: resourceAttributes,
            redaction: redaction
        )
        return { label in
            DagstackLogHandler(
                label: label,
                registry: registry,
                metadataProvider: metadataProvider,
                includeCodeLocation: includeCodeLocation
            )
        }
    }
}
