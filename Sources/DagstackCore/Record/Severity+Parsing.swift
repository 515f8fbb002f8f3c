extension Severity {
    /// Parses a level name or number: `TRACE`, `DEBUG`, `INFO`, `WARN`, `WARNING`, `ERROR`,
    /// `FATAL`, `CRITICAL` (case-insensitive, surrounding whitespace ignored) or a decimal number
    /// such as `9`.
    ///
    /// `WARNING` maps to WARN and `CRITICAL` to FATAL, like the reference binding.
    ///
    /// - Throws: ``SeverityError`` with code ``SeverityError/Code/unknownName`` for any other
    ///   name, or ``SeverityError/Code/outOfRange`` for a number outside `1...24`.
    public init(parsing level: String) throws(SeverityError) {
        let trimmed = level.trimmingASCIIWhitespace()
        if let number = Int(trimmed) {
            try self.init(number: number)
            return
        }
        switch trimmed.uppercased() {
        case "TRACE": self = .trace
        case "DEBUG": self = .debug
        case "INFO": self = .info
        case "WARN", "WARNING": self = .warn
        case "ERROR": self = .error
        case "FATAL", "CRITICAL": self = .fatal
        default:
            throw SeverityError(
                code: .unknownName,
                message: "unknown severity name \"\(level)\"; expected one of TRACE, DEBUG, INFO, WARN, "
                    + "WARNING, ERROR, FATAL, CRITICAL (any case) or a number from 1 to 24"
            )
        }
    }
}

extension String {
    fileprivate func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
