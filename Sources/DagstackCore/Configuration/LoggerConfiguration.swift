/// The settings of one named logger in the `loggers` map of a logging configuration.
///
/// Decodes from a level alone (`"a.b": "DEBUG"` or `"a.b": 5`) or from an object
/// (`"a.b": { "level": "DEBUG", "sinks": ["audit"] }`). A logger given `sinks` writes to those
/// sinks (by ``SinkConfiguration/id``) instead of the root's, and so do its descendants.
public struct LoggerConfiguration: Codable, Sendable, Hashable {
    /// The logger's level, a name or a number; inherited from its ancestors when absent.
    public var level: String?
    /// The ids of the sinks the logger writes to; inherited from its ancestors when absent.
    public var sinks: [String]?

    /// Creates logger settings.
    public init(level: String? = nil, sinks: [String]? = nil) {
        self.level = level
        self.sinks = sinks
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case level
        case sinks
    }

    /// Decodes a level string or number, or an object with `level` and `sinks`.
    public init(from decoder: any Decoder) throws {
        if let level = try? LevelText.decode(decoder) {
            self.init(level: level)
            return
        }
        guard (try? decoder.container(keyedBy: CodingKeys.self)) != nil else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a logger entry must be a level (\"DEBUG\", 5) or an object with "
                        + "\"level\" and \"sinks\""
                )
            )
        }
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "logger")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            level: try LevelText.decodeIfPresent(container, forKey: .level),
            sinks: try container.decodeIfPresent([String].self, forKey: .sinks)
        )
    }
}

extension LoggerConfiguration: ExpressibleByStringLiteral {
    /// Settings with only a level: `["httpx": "WARN"]`.
    public init(stringLiteral level: String) {
        self.init(level: level)
    }
}
