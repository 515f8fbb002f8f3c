extension InMemorySink {
    /// The stored records that satisfy `isIncluded`, oldest first.
    public func records(where isIncluded: (LogRecord) -> Bool) -> [LogRecord] {
        records().filter(isIncluded)
    }

    /// The stored records of exactly `severity`'s number.
    public func records(severity: Severity) -> [LogRecord] {
        records { $0.severity == severity }
    }

    /// The stored records at or above `severity`.
    public func records(atLeast severity: Severity) -> [LogRecord] {
        records { $0.severity >= severity }
    }

    /// The stored records whose body is the string `body`.
    public func records(body: String) -> [LogRecord] {
        records { $0.body == .string(body) }
    }

    /// The stored records whose string body contains `text`.
    public func records(bodyContaining text: String) -> [LogRecord] {
        records { $0.body.stringValue?.contains(text) == true }
    }

    /// The stored records whose attribute `key` equals `value`.
    public func records(attribute key: String, equals value: Value) -> [LogRecord] {
        records { $0.attributeList[key] == value }
    }

    /// The stored records that carry attribute `key`, whatever its value.
    public func records(havingAttribute key: String) -> [LogRecord] {
        records { $0.attributeList[key] != nil }
    }

    /// The string bodies of the stored records, oldest first (non-string bodies are skipped).
    public var bodies: [String] {
        records().compactMap(\.body.stringValue)
    }
}
