/// Validation of sink entries and construction of sinks from them.
enum SinkFactory {
    static let types = ["console", "file", "in-memory"]

    /// Checks an entry without opening anything.
    static func validate(_ settings: SinkConfiguration) throws(ConfigurationError) {
        let id = settings.id
        guard !id.isEmpty else {
            throw ConfigurationError(
                code: .missingSinkParameter,
                message: "a sink of type \"\(settings.type)\" has an empty id; give every sink a unique id"
            )
        }
        guard types.contains(settings.type) else {
            throw ConfigurationError(
                code: .unknownSinkType,
                message: "sink \"\(id)\" has unknown type \"\(settings.type)\"; expected one of "
                    + types.joined(separator: ", "),
                sinkID: id
            )
        }
        if settings.type == "file" && (settings.path ?? "").isEmpty {
            throw ConfigurationError(
                code: .missingSinkParameter,
                message: "file sink \"\(id)\" has no path; set \"path\" to the file to write",
                sinkID: id
            )
        }
        if let mode = settings.mode {
            guard settings.type == "console" else {
                throw invalid(id, "has \"mode\", which only console sinks take")
            }
            guard ConsoleSink.Mode(rawValue: mode) != nil else {
                throw invalid(id, "has unknown mode \"\(mode)\"; expected one of auto, pretty, json")
            }
        }
        if settings.path != nil && settings.type != "file" {
            throw invalid(id, "has \"path\", which only file sinks take")
        }
        if (settings.maxBytes != nil || settings.keep != nil) && settings.type != "file" {
            throw invalid(id, "has \"max_bytes\" or \"keep\", which only file sinks take")
        }
        if let keep = settings.keep, keep < 0 {
            throw invalid(id, "has keep \(keep); keep must be 0 or more")
        }
        if let capacity = settings.capacity {
            guard settings.type == "in-memory" else {
                throw invalid(id, "has \"capacity\", which only in-memory sinks take")
            }
            guard capacity >= 1 else { throw invalid(id, "has capacity \(capacity); capacity must be 1 or more") }
        }
        _ = try minSeverity(of: settings)
    }

    /// The entry's `min_severity`, TRACE when it has none.
    private static func minSeverity(of settings: SinkConfiguration) throws(ConfigurationError) -> Severity {
        guard let level = settings.minSeverity else { return .trace }
        return try LevelResolution.parse(level, origin: "min_severity of sink \"\(settings.id)\"")
    }

    /// Opens the sink an entry describes; the entry must have passed ``validate(_:)``.
    static func make(
        _ settings: SinkConfiguration,
        environment: [String: String],
        diagnostics: InternalChannel
    ) throws(ConfigurationError) -> any Sink {
        let minSeverity = try minSeverity(of: settings)
        switch settings.type {
        case "file":
            let path = settings.path ?? ""
            do {
                return try FileSink(
                    path: path,
                    maxBytes: settings.maxBytes ?? 0,
                    keep: settings.keep ?? 5,
                    minSeverity: minSeverity,
                    fileMode: 0o600,
                    delivery: DeliveryOptions(),
                    diagnostics: diagnostics
                )
            } catch {
                throw ConfigurationError(
                    code: .sinkUnavailable,
                    message: "file sink \"\(settings.id)\" cannot open \(path): \(error.message); "
                        + "the configuration was not changed",
                    sinkID: settings.id,
                    underlying: error
                )
            }
        case "in-memory":
            return InMemorySink(capacity: settings.capacity ?? 1000, minSeverity: minSeverity)
        default:
            return ConsoleSink(
                mode: settings.mode.flatMap(ConsoleSink.Mode.init(rawValue:)) ?? .auto,
                stream: .standardError,
                minSeverity: minSeverity,
                delivery: DeliveryOptions(),
                environment: environment,
                diagnostics: diagnostics
            )
        }
    }

    private static func invalid(_ id: String, _ text: String) -> ConfigurationError {
        ConfigurationError(code: .invalidSinkParameter, message: "sink \"\(id)\" \(text)", sinkID: id)
    }
}
