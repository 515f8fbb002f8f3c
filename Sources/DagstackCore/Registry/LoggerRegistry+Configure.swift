internal import Synchronization

extension LoggerRegistry {
    /// Configures the registry: levels, sinks, resource, redaction and trace-context injection.
    ///
    /// The same as ``reconfigure(rootLevel:sinks:perLoggerLevels:resourceAttributes:redaction:autoInjectTraceContext:)``:
    /// it may be called again, and every call replaces the whole configuration. The environment
    /// is not read here; ``configure(_:environment:)`` applies it over a ``LoggingConfiguration``.
    ///
    /// - Parameters:
    ///   - rootLevel: the root logger's level, a name (`TRACE` … `FATAL`, any case, also
    ///     `WARNING` and `CRITICAL`) or a number from 1 to 24.
    ///   - sinks: the root sinks, inherited by every logger.
    ///   - perLoggerLevels: levels of named loggers (and, by inheritance, their descendants).
    ///   - resourceAttributes: the resource of every record (`service.name`, …); none when empty.
    ///   - redaction: the secret-suffix policy; `nil` for the default base suffixes.
    ///   - autoInjectTraceContext: whether records carry the task's trace context.
    /// - Throws: ``ConfigurationError`` for a bad level; nothing is changed then.
    public func configure(
        rootLevel: String = "INFO",
        sinks: [any Sink] = [],
        perLoggerLevels: [String: String] = [:],
        resourceAttributes: [String: Value] = [:],
        redaction: RedactionConfig? = nil,
        autoInjectTraceContext: Bool = true
    ) throws(ConfigurationError) {
        try reconfigure(
            rootLevel: rootLevel,
            sinks: sinks,
            perLoggerLevels: perLoggerLevels,
            resourceAttributes: resourceAttributes,
            redaction: redaction,
            autoInjectTraceContext: autoInjectTraceContext
        )
    }

    /// Replaces the whole configuration atomically; records emitted after it returns go to the
    /// new sinks.
    ///
    /// Everything is validated before anything changes. Sinks of the old configuration whose
    /// ``Sink/id`` is not among the new ones (or whose id now belongs to another instance) are flushed and closed (after the swap, outside any
    /// lock, waiting up to a few seconds). Parameters as in
    /// ``configure(rootLevel:sinks:perLoggerLevels:resourceAttributes:redaction:autoInjectTraceContext:)``.
    ///
    /// - Throws: ``ConfigurationError`` for a bad level; nothing is changed then.
    public func reconfigure(
        rootLevel: String = "INFO",
        sinks: [any Sink] = [],
        perLoggerLevels: [String: String] = [:],
        resourceAttributes: [String: Value] = [:],
        redaction: RedactionConfig? = nil,
        autoInjectTraceContext: Bool = true
    ) throws(ConfigurationError) {
        var configuration = RegistryConfiguration()
        configuration.rootLevel = try LevelResolution.parse(rootLevel, origin: "root level")
        for (name, level) in perLoggerLevels {
            configuration.setLevel(try LevelResolution.parse(level, origin: "level of logger \"\(name)\""), of: name)
        }
        configuration.rootSinks = sinks
        configuration.setResource(resourceAttributes)
        configuration.redaction = redaction ?? .default
        configuration.autoInjectTraceContext = autoInjectTraceContext
        let retired = configurationLock.withLock { _ in swap(configuration) }
        settle(configuration, retired: retired)
    }

    /// Swaps in `configuration` and returns the old sinks it does not keep; the caller holds
    /// `configurationLock` and then calls ``settle(_:retired:)`` after releasing it.
    func swap(_ configuration: RegistryConfiguration) -> [any Sink] {
        state.withLock { state in
            let old = state.configuration.allSinks
            state.configuration = configuration
            state.policies.removeAll(keepingCapacity: true)
            state.isShutDown = false
            generationCounter.add(1, ordering: .releasing)
            let kept = Dictionary(configuration.allSinks.map { ($0.id, $0) }) { first, _ in first }
            return old.filter { sink in
                guard let successor = kept[sink.id] else { return true }
                return !Self.isSameInstance(sink, successor)
            }
        }
    }

    /// After a swap, outside every lock: reports a disabled redaction and retires the old sinks.
    func settle(_ configuration: RegistryConfiguration, retired: [any Sink]) {
        if configuration.redaction.disablesRedaction {
            diagnostics.report(
                Diagnostic(
                    key: "config.redaction_disabled",
                    severity: .warn,
                    message: "redaction disabled by configuration: replace_defaults is true with no extra_suffixes, "
                        + "so no attribute is masked; add suffixes or set replace_defaults to false"
                )
            )
        }
        retire(retired)
    }

    /// Whether two sinks with one id are the same sink: the same object for classes, always for
    /// value types (which have no identity to compare).
    static func isSameInstance(_ lhs: any Sink, _ rhs: any Sink) -> Bool {
        guard type(of: lhs) is AnyClass, type(of: rhs) is AnyClass else { return true }
        return (lhs as AnyObject) === (rhs as AnyObject)
    }

    /// Flushes and closes sinks that left the configuration; failures go to the internal channel.
    func retire(_ sinks: [any Sink]) {
        guard !sinks.isEmpty else { return }
        let result = SinkFanOut(sinks).close(timeout: retireTimeout)
        for failure in result.failedSinks {
            diagnostics.report(
                Diagnostic(
                    key: "config.retire_failed:\(failure.id)",
                    severity: .warn,
                    message: "a sink removed by reconfiguration did not close cleanly: \(failure.error.message)",
                    attributes: ["sink.id": .string(failure.id)]
                )
            )
        }
    }
}
