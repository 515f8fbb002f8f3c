extension Logger {
    /// The severity of a log message, from ``trace`` (most verbose) to ``critical``.
    ///
    /// Levels are ordered (`.trace < .debug < … < .critical`) and encode as their lowercase names.
    public enum Level: String, Codable, CaseIterable {
        /// Messages that contain information normally of use only when tracing a program.
        case trace
        /// Messages that contain information normally of use only when debugging a program.
        case debug
        /// Informational messages.
        case info
        /// Conditions that are not error conditions, but that may require special handling.
        case notice
        /// Messages that are not error conditions, but more severe than notices.
        case warning
        /// Error conditions.
        case error
        /// Critical error conditions that usually require immediate attention.
        ///
        /// Logging at this level does not stop the program; handlers may flush or page on it.
        case critical
    }
}

extension Logger.Level {
    /// The position of the level in severity order, `trace` being 0.
    @inlinable
    internal var severityRank: Int {
        switch self {
        case .trace: 0
        case .debug: 1
        case .info: 2
        case .notice: 3
        case .warning: 4
        case .error: 5
        case .critical: 6
        }
    }
}

extension Logger.Level: Comparable {
    /// Orders levels by severity: `.trace` is the smallest, `.critical` the largest.
    @inlinable
    public static func < (lhs: Logger.Level, rhs: Logger.Level) -> Bool {
        lhs.severityRank < rhs.severityRank
    }
}

extension Logger.Level: CustomStringConvertible, LosslessStringConvertible {
    /// The lowercase name of the level, such as `info`.
    public var description: String {
        self.rawValue
    }

    /// Parses a level name case-insensitively (`"INFO"`, `"Warning"`); `nil` for anything else.
    public init?(_ description: String) {
        self.init(rawValue: description.lowercased())
    }
}

extension Logger.Level: Sendable {}
