/// Parsing of configured levels into severities, with errors that name where the level came from.
enum LevelResolution {
    /// Parses `level` (a name such as `INFO`/`warning` or a number such as `9`).
    ///
    /// - Parameter origin: where the level was written, such as `root level` or
    ///   `level of logger "a.b"`, for the message.
    static func parse(_ level: String, origin: String) throws(ConfigurationError) -> Severity {
        do {
            return try Severity(parsing: level)
        } catch {
            throw ConfigurationError(code: .invalidLevel, message: "\(origin): \(error.message)", underlying: error)
        }
    }

    /// The key an environment variable `LOG_LEVEL_<name>` is matched by: the logger name
    /// upper-cased with `.` written as `_`.
    static func environmentKey(_ name: Substring) -> String {
        String(name).uppercased().replacing(".", with: "_")
    }

    /// The names whose settings a logger inherits, most specific first: `a.b.c`, `a.b`, `a`
    /// (the root, `""`, is not included).
    static func ancestry(of name: String) -> [Substring] {
        guard !name.isEmpty else { return [] }
        var names: [Substring] = [name[...]]
        var current = name[...]
        while let dot = current.lastIndex(of: ".") {
            current = current[..<dot]
            names.append(current)
        }
        return names
    }
}
