public import DagstackCore

/// A named dagstack logger: the native API shared with the Python, TypeScript and Go bindings.
///
/// Get one with ``get(_:version:registry:)``; the same name gives the same logger. Names form a
/// dot hierarchy (`dagstack.rag.retriever` → `dagstack.rag` → `dagstack` → the root `""`) whose
/// levels and sinks come from the registry's configuration. Derived loggers (``child(attributes:)``,
/// ``withSinks(_:)``, ``appendSinks(_:)``, ``withoutSinks()``, ``withoutContext()``) are cheap,
/// detached values that share the name. Every method is thread-safe; emitting never throws and
/// never waits for I/O.
public final class Logger: Sendable {
    /// The logger's name; `""` is the root.
    public let name: String
    let cache: PolicyCache
    /// Attributes added to every record, under the call site's.
    let boundAttributes: [String: Value]
    /// A detached logger's own sinks; `nil` follows the configuration (and scoped sinks).
    let ownSinks: SinkFanOut?
    let injectsTraceContext: Bool
    /// A context given with ``withContext(_:)``, used instead of the task's.
    let explicitContext: TraceContext?

    init(
        cache: PolicyCache,
        boundAttributes: [String: Value],
        ownSinks: SinkFanOut?,
        injectsTraceContext: Bool,
        explicitContext: TraceContext? = nil
    ) {
        self.name = cache.name
        self.cache = cache
        self.boundAttributes = boundAttributes
        self.ownSinks = ownSinks
        self.injectsTraceContext = injectsTraceContext
        self.explicitContext = explicitContext
    }

    /// Returns the logger named `name` of `registry`, creating it on first use.
    ///
    /// - Parameters:
    ///   - name: a dot-separated name such as `dagstack.rag.retriever`; `""` (the default) is the
    ///     root. It becomes the records' `instrumentation_scope.name` (`root` for the root logger,
    ///     like the reference binding).
    ///   - version: the instrumentation scope version; a new version given for an existing name
    ///     replaces the old one.
    ///   - registry: the registry whose configuration applies; the shared one by default.
    public static func get(_ name: String = "", version: String? = nil, registry: LoggerRegistry = .shared) -> Logger {
        let logger = registry.frontend(Logger.self, named: name) {
            let cache = PolicyCache(registry: registry, name: name, version: version)
            return Logger(cache: cache, boundAttributes: [:], ownSinks: nil, injectsTraceContext: true)
        }
        if let version, logger.version != version { logger.cache.setVersion(version) }
        return logger
    }

    /// The instrumentation scope version, if one was given.
    public var version: String? {
        cache.current().scope.version
    }

    /// The registry this logger belongs to.
    public var registry: LoggerRegistry {
        cache.registry
    }

    /// The attributes bound by ``child(attributes:)``.
    public var attributes: [String: Value] {
        boundAttributes
    }

    /// Whether a record of `severity` would pass this logger's level now.
    public func isEnabled(_ severity: Severity) -> Bool {
        cache.isEnabled(severity)
    }

    func derived(
        attributes: [String: Value]? = nil,
        sinks: SinkFanOut?? = .none,
        injectsTraceContext: Bool? = nil,
        explicitContext: TraceContext?? = .none
    ) -> Logger {
        Logger(
            cache: cache,
            boundAttributes: attributes ?? boundAttributes,
            ownSinks: sinks ?? ownSinks,
            injectsTraceContext: injectsTraceContext ?? self.injectsTraceContext,
            explicitContext: explicitContext ?? self.explicitContext
        )
    }
}
