/// The validation of a ``LoggingConfiguration`` before anything is opened or changed.
struct ConfigurationPlan {
    let configuration: LoggingConfiguration

    init(_ configuration: LoggingConfiguration) {
        self.configuration = configuration
    }

    /// A registry configuration without sinks (see ``RegistryConfiguration/attach(_:to:)``).
    func resolve() throws(ConfigurationError) -> RegistryConfiguration {
        var resolved = RegistryConfiguration()
        resolved.rootLevel = try LevelResolution.parse(configuration.level ?? "INFO", origin: "logging.level")
        var ids: Set<String> = []
        for sink in configuration.sinks {
            try SinkFactory.validate(sink)
            guard ids.insert(sink.id).inserted else {
                throw ConfigurationError(
                    code: .duplicateSinkID,
                    message: "two sinks have the id \"\(sink.id)\"; give every sink a unique id",
                    sinkID: sink.id
                )
            }
        }
        for name in configuration.loggers.keys.sorted() {
            guard let logger = configuration.loggers[name] else { continue }
            let label = name.isEmpty ? "the root logger" : "logger \"\(name)\""
            if let level = logger.level {
                resolved.setLevel(try LevelResolution.parse(level, origin: "level of \(label)"), of: name)
            }
            for id in logger.sinks ?? [] where !ids.contains(id) {
                throw ConfigurationError(
                    code: .unknownSinkID,
                    message: "\(label) names sink \"\(id)\", which is not in sinks; known ids: "
                        + (ids.isEmpty ? "none" : ids.sorted().joined(separator: ", ")),
                    sinkID: id
                )
            }
        }
        if let settings = configuration.redaction {
            do {
                resolved.redaction = try RedactionConfig(
                    extraSuffixes: settings.extraSuffixes,
                    replaceDefaults: settings.replaceDefaults
                )
            } catch {
                throw ConfigurationError(code: .invalidRedaction, message: error.message, underlying: error)
            }
        }
        resolved.setResource(configuration.resource)
        resolved.autoInjectTraceContext = configuration.autoInjectTraceContext ?? true
        return resolved
    }
}

extension RegistryConfiguration {
    /// Wires the built sinks: loggers with `sinks` get theirs; the root gets its own list or the
    /// sinks no logger names. Disabled sinks are skipped where named.
    mutating func attach(_ built: [BuiltSink], to configuration: LoggingConfiguration) {
        builtSinks = built
        let byID = Dictionary(built.map { ($0.settings.id, $0.sink) }) { first, _ in first }
        var named: Set<String> = []
        for (name, logger) in configuration.loggers {
            guard let ids = logger.sinks else { continue }
            named.formUnion(ids)
            let sinks = ids.compactMap { byID[$0] }
            if name.isEmpty {
                rootSinks = sinks
            } else {
                nodeSinks[name] = sinks
            }
        }
        if configuration.loggers[""]?.sinks == nil {
            rootSinks = built.filter { !named.contains($0.settings.id) }.map(\.sink)
        }
    }
}
