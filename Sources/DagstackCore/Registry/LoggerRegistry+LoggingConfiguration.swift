internal import Foundation
internal import Synchronization

extension LoggerRegistry {
    /// Configures the registry from a decoded `logging:` section with the environment applied
    /// over it; the same as ``reconfigure(_:environment:)``.
    public func configure(
        _ configuration: LoggingConfiguration,
        environment: [String: String]? = nil
    ) throws(ConfigurationError) {
        try reconfigure(configuration, environment: environment)
    }

    /// Replaces the whole configuration with a decoded `logging:` section, the environment applied
    /// over it, atomically.
    ///
    /// Order of work: the configuration is validated (levels, sink types and parameters, unique
    /// sink ids, loggers naming known sinks, redaction suffixes); then every new sink is opened —
    /// a sink whose settings equal one already open is reused, never opened twice; if one cannot
    /// be opened, those opened so far are closed, nothing changes, and the error names the sink
    /// and the reason; then the configuration is swapped in, and old sinks not carried over are
    /// flushed and closed.
    ///
    /// Root sinks are the enabled sinks no logger names, unless the root logger (`""`) in
    /// `loggers` lists its own. Environment variables (`LOG_LEVEL`, `LOG_LEVEL_<name>`,
    /// `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`) win over the configuration; a bad value is
    /// reported on the internal channel and ignored.
    ///
    /// - Parameter environment: the variables to read; `nil` (the default) reads the process's.
    /// - Throws: ``ConfigurationError``; nothing is changed then.
    public func reconfigure(
        _ configuration: LoggingConfiguration,
        environment: [String: String]? = nil
    ) throws(ConfigurationError) {
        let environment = environment ?? ProcessInfo.processInfo.environment
        var resolved = try ConfigurationPlan(configuration).resolve()
        let overrides = EnvironmentOverrides(environment)
        if let level = overrides.rootLevel { resolved.rootLevel = level }
        resolved.environmentLevels = overrides.loggerLevels
        if !overrides.resourceAttributes.isEmpty {
            var attributes = resolved.resource?.attributes ?? [:]
            attributes.merge(overrides.resourceAttributes) { $1 }
            resolved.resource = Resource(attributes: attributes)
        }
        let retired = try configurationLock.withLock { _ throws(ConfigurationError) -> [any Sink] in
            let existing = state.withLock { $0.configuration.builtSinks }
            let built = try Self.openSinks(
                configuration.sinks.filter { $0.enabled ?? true },
                reusing: existing,
                environment: environment,
                diagnostics: diagnostics
            )
            resolved.attach(built, to: configuration)
            return swap(resolved)
        }
        for problem in overrides.problems { diagnostics.report(problem) }
        settle(resolved, retired: retired)
    }

    /// The sink built from the configuration entry with id `id`, if the current configuration
    /// came from a ``LoggingConfiguration`` with such an enabled entry (to read an in-memory sink).
    public func sink(configuredAs id: String) -> (any Sink)? {
        state.withLock { state in state.configuration.builtSinks.first { $0.settings.id == id }?.sink }
    }

    /// Opens the sinks of `entries`, reusing the sink of an existing entry with equal settings
    /// (the id aside); on failure closes the ones it opened and throws.
    private static func openSinks(
        _ entries: [SinkConfiguration],
        reusing existing: [BuiltSink],
        environment: [String: String],
        diagnostics: InternalChannel
    ) throws(ConfigurationError) -> [BuiltSink] {
        var available = existing
        var opened: [any Sink] = []
        var built: [BuiltSink] = []
        for entry in entries {
            if let index = available.firstIndex(where: { $0.settings.sameSink(as: entry) }) {
                built.append(BuiltSink(settings: entry, sink: available[index].sink))
                available.remove(at: index)
                continue
            }
            do {
                let sink = try SinkFactory.make(entry, environment: environment, diagnostics: diagnostics)
                opened.append(sink)
                built.append(BuiltSink(settings: entry, sink: sink))
            } catch {
                _ = SinkFanOut(opened).close(timeout: .seconds(1))
                throw error
            }
        }
        return built
    }
}

extension SinkConfiguration {
    /// Whether `other` describes the same sink: equal settings apart from the id.
    func sameSink(as other: SinkConfiguration) -> Bool {
        var renamed = other
        renamed.id = id
        return self == renamed
    }
}
