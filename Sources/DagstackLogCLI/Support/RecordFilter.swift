import DagstackCore

/// The `view` filters: minimum severity, logger-name prefix, and text in the displayed line.
struct RecordFilter {
    var minSeverity: Severity?
    var loggerPrefix: String?
    var text: String?

    init(minSeverity: String?, loggerPrefix: String?, text: String?) throws(UsageError) {
        if let minSeverity {
            do {
                self.minSeverity = try Severity(parsing: minSeverity)
            } catch {
                throw UsageError("--min-severity: \(error.message)")
            }
        }
        self.loggerPrefix = loggerPrefix
        self.text = text
    }

    /// Whether the record passes the severity and logger filters (the text filter needs the line).
    func admits(_ record: LogRecord) -> Bool {
        if let minSeverity, record.severity < minSeverity { return false }
        if let loggerPrefix {
            let name = record.instrumentationScope?.name ?? "root"
            guard name == loggerPrefix || name.hasPrefix(loggerPrefix + ".") else { return false }
        }
        return true
    }

    /// Whether the displayed line (without colour codes) contains the text filter.
    func admits(displayed line: String) -> Bool {
        guard let text else { return true }
        return line.contains(text)
    }
}
