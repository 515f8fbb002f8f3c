/// The `logging:` section of an application's configuration, decodable with any `Decoder`.
///
/// ```json
/// { "level": "INFO",
///   "resource": { "service.name": "orders" },
///   "loggers": { "httpx": "WARN", "audit": { "level": "INFO", "sinks": ["audit-file"] } },
///   "sinks": [ { "id": "console", "type": "console" },
///              { "id": "audit-file", "type": "file", "path": "/var/log/audit.jsonl" } ],
///   "redaction": { "extra_suffixes": ["_pin"] },
///   "auto_inject_trace_context": true }
/// ```
///
/// Every key is optional. Decoding checks shapes and rejects unknown keys; meaning (levels, sink
/// types, sink ids) is checked when it is applied with
/// ``LoggerRegistry/reconfigure(_:environment:)``, which also applies the environment over it.
public struct LoggingConfiguration: Codable, Sendable, Equatable {
    /// The root level, a name or a number; `INFO` when absent.
    public var level: String?
    /// The resource attributes of every record.
    public var resource: [String: Value]
    /// Settings of named loggers.
    public var loggers: [String: LoggerConfiguration]
    /// The sinks; those not named by any logger's `sinks` are the root sinks.
    public var sinks: [SinkConfiguration]
    /// The redaction policy; the base suffixes when absent.
    public var redaction: RedactionSettings?
    /// Whether records carry the task's trace context; `true` when absent.
    public var autoInjectTraceContext: Bool?

    /// Creates a configuration.
    public init(
        level: String? = nil,
        resource: [String: Value] = [:],
        loggers: [String: LoggerConfiguration] = [:],
        sinks: [SinkConfiguration] = [],
        redaction: RedactionSettings? = nil,
        autoInjectTraceContext: Bool? = nil
    ) {
        self.level = level
        self.resource = resource
        self.loggers = loggers
        self.sinks = sinks
        self.redaction = redaction
        self.autoInjectTraceContext = autoInjectTraceContext
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case level
        case resource
        case loggers
        case sinks
        case redaction
        case autoInjectTraceContext = "auto_inject_trace_context"
    }

    /// Decodes the section; every key is optional, unknown keys are rejected.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "logging")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = try LevelText.decodeIfPresent(container, forKey: .level)
        resource = try container.decodeIfPresent([String: Value].self, forKey: .resource) ?? [:]
        loggers = try container.decodeIfPresent([String: LoggerConfiguration].self, forKey: .loggers) ?? [:]
        sinks = try container.decodeIfPresent([SinkConfiguration].self, forKey: .sinks) ?? []
        redaction = try container.decodeIfPresent(RedactionSettings.self, forKey: .redaction)
        autoInjectTraceContext = try container.decodeIfPresent(Bool.self, forKey: .autoInjectTraceContext)
    }
}
