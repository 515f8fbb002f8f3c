/// One entry of the `sinks` list of a logging configuration.
///
/// Decoded from `{ "id": "main", "type": "file", "path": "/var/log/app.jsonl", "max_bytes": 10485760,
/// "keep": 5, "min_severity": "INFO", "enabled": true }`. `type` is `console`, `file` or
/// `in-memory`; `mode` (console only) is `auto`, `pretty` or `json`; `path` is required for a file
/// sink. Loggers refer to sinks by ``id``. Validation happens when the configuration is applied.
public struct SinkConfiguration: Codable, Sendable, Hashable {
    /// The name loggers refer to this sink by; unique within a configuration.
    public var id: String
    /// `console`, `file` or `in-memory`.
    public var type: String
    /// Console output mode: `auto` (pretty on a terminal, JSON-lines otherwise), `pretty` or `json`.
    public var mode: String?
    /// The live file of a file sink.
    public var path: String?
    /// A file sink's rotation size in bytes; 0 or absent disables rotation.
    public var maxBytes: UInt64?
    /// How many rotated files a file sink keeps (default 5).
    public var keep: Int?
    /// The lowest level the sink writes (a name or number); all levels when absent.
    public var minSeverity: String?
    /// An in-memory sink's capacity in records (default 1000).
    public var capacity: Int?
    /// `false` leaves the sink out of the configuration; default `true`.
    public var enabled: Bool?

    /// Creates a sink entry.
    public init(
        id: String,
        type: String,
        mode: String? = nil,
        path: String? = nil,
        maxBytes: UInt64? = nil,
        keep: Int? = nil,
        minSeverity: String? = nil,
        capacity: Int? = nil,
        enabled: Bool? = nil
    ) {
        self.id = id
        self.type = type
        self.mode = mode
        self.path = path
        self.maxBytes = maxBytes
        self.keep = keep
        self.minSeverity = minSeverity
        self.capacity = capacity
        self.enabled = enabled
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case type
        case mode
        case path
        case maxBytes = "max_bytes"
        case keep
        case minSeverity = "min_severity"
        case capacity
        case enabled
    }

    /// Decodes an entry, rejecting keys it does not know (a misspelt `max_byte` is an error, not
    /// a silently ignored setting).
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "sink")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(String.self, forKey: .type)
        mode = try container.decodeIfPresent(String.self, forKey: .mode)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        maxBytes = try container.decodeIfPresent(UInt64.self, forKey: .maxBytes)
        keep = try container.decodeIfPresent(Int.self, forKey: .keep)
        minSeverity = try LevelText.decodeIfPresent(container, forKey: .minSeverity)
        capacity = try container.decodeIfPresent(Int.self, forKey: .capacity)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
    }
}
