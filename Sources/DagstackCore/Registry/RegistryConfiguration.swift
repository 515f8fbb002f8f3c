/// One immutable, validated configuration of a registry: what `configure` built.
struct RegistryConfiguration: Sendable {
    var rootLevel: Severity = .info
    /// Per-logger levels by exact logger name (from `perLoggerLevels` or `loggers`).
    var levels: [String: Severity] = [:]
    /// Per-logger levels from `LOG_LEVEL_<name>`, keyed by ``LevelResolution/environmentKey(_:)``.
    var environmentLevels: [String: Severity] = [:]
    var rootSinks: [any Sink] = []
    /// Loggers given their own sinks (by configuration); their descendants inherit them.
    var nodeSinks: [String: [any Sink]] = [:]
    var resource: Resource?
    var redaction: RedactionConfig = .default
    var autoInjectTraceContext = true
    /// Sinks built from a ``LoggingConfiguration``, with the settings they were built from, so a
    /// reconfiguration with the same settings reuses the open sink.
    var builtSinks: [BuiltSink] = []

    /// Every distinct sink of this configuration (by ``Sink/id``), root sinks first.
    var allSinks: [any Sink] {
        var seen: Set<String> = []
        var result: [any Sink] = []
        for sink in rootSinks + nodeSinks.keys.sorted().flatMap({ nodeSinks[$0] ?? [] }) + builtSinks.map(\.sink)
        where seen.insert(sink.id).inserted {
            result.append(sink)
        }
        return result
    }

    /// Sets the level of the logger `name`; the empty name is the root logger.
    mutating func setLevel(_ severity: Severity, of name: String) {
        if name.isEmpty {
            rootLevel = severity
        } else {
            levels[name] = severity
        }
    }

    /// Sets the resource attributes; none means no resource.
    mutating func setResource(_ attributes: [String: Value]) {
        resource = attributes.isEmpty ? nil : Resource(attributes: attributes)
    }

    /// The effective minimum severity of the logger `name`: the nearest level set on it or an
    /// ancestor (an environment level beating a configured one on the same node), else the root's.
    func minSeverity(for name: String) -> Severity {
        for node in LevelResolution.ancestry(of: name) {
            if !environmentLevels.isEmpty, let level = environmentLevels[LevelResolution.environmentKey(node)] {
                return level
            }
            if let level = levels[String(node)] { return level }
        }
        return rootLevel
    }

    /// The sinks of the logger `name`: those of the nearest node given its own, else the root's;
    /// `internalSink` for the `dagstack.logger.internal` subtree, which never inherits the root sinks.
    func sinks(for name: String, internalSink: @autoclosure () -> any Sink) -> [any Sink] {
        for node in LevelResolution.ancestry(of: name) {
            if let sinks = nodeSinks[String(node)] { return sinks }
            if node == InternalChannel.scopeName { return [internalSink()] }
        }
        return rootSinks
    }
}
