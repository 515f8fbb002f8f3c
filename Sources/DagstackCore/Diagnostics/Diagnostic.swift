/// One report for the internal channel: a sink failure, a drop, bad input, a configuration warning.
package struct Diagnostic: Sendable, Equatable {
    /// What the rate limit groups by, such as `sink.write_failed:file:/var/log/app.jsonl`.
    package var key: String
    package var severity: Severity
    package var message: String
    package var attributes: [String: Value]

    package init(key: String, severity: Severity, message: String, attributes: [String: Value] = [:]) {
        self.key = key
        self.severity = severity
        self.message = message
        self.attributes = attributes
    }
}
