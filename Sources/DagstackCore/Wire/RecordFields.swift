/// Maps a parsed JSON object onto the fields of a ``LogRecord``, checking each one.
enum RecordFields {
    /// The top-level fields; the position of each name is its index in ``members(of:path:allowed:)``.
    static let topLevel = [
        "time_unix_nano", "observed_time_unix_nano", "severity_number", "severity_text", "body", "attributes",
        "instrumentation_scope", "resource", "trace_id", "span_id", "trace_flags",
    ]
    /// Positions of the top-level fields in ``topLevel``.
    private enum Top: Int {
        case time, observed, severityNumber, severityText, body, attributes, scope, resource, traceID, spanID, flags
    }

    private static let scopeFields = ["name", "version", "attributes"]
    private static let resourceFields = ["attributes"]

    static func record(from node: JSONNode) throws(WireDecodingError) -> LogRecord {
        let fields = try members(of: node, path: "the record", allowed: topLevel)
        let time = try unsigned(try required(fields, Top.time.rawValue, "time_unix_nano"), field: "time_unix_nano")
        let severity = try parseSeverity(try required(fields, Top.severityNumber.rawValue, "severity_number"))
        let text = try string(try required(fields, Top.severityText.rawValue, "severity_text"), field: "severity_text")
        guard text == severity.text else {
            throw WireDecodingError(
                .severityTextMismatch,
                "severity_text \"\(text)\" does not match severity_number \(severity.number), "
                    + "whose text is \"\(severity.text)\""
            )
        }
        var record = LogRecord(
            timeUnixNano: time,
            severity: severity,
            body: try value(try required(fields, Top.body.rawValue, "body"), path: "body")
        )
        if let observed = fields[Top.observed.rawValue] {
            record.observedTimeUnixNano = try unsigned(observed, field: "observed_time_unix_nano")
        }
        if let attributes = fields[Top.attributes.rawValue] {
            record.attributeList = try attributeList(attributes)
        }
        if let scope = fields[Top.scope.rawValue] {
            record.instrumentationScope = try instrumentationScope(scope)
        }
        if let resource = fields[Top.resource.rawValue] {
            let members = try members(of: resource, path: "resource", allowed: resourceFields)
            var attributes: [String: Value] = [:]
            if let node = members[0] {
                attributes = try map(node, path: "resource.attributes")
            }
            record.resource = Resource(attributes: attributes)
        }
        if let traceID = fields[Top.traceID.rawValue] {
            let hex = try string(traceID, field: "trace_id")
            do throws(IDDecodingError) {
                record.traceID = try TraceID(hex: hex)
            } catch {
                throw WireDecodingError(.invalidTraceID, error.message)
            }
        }
        if let spanID = fields[Top.spanID.rawValue] {
            let hex = try string(spanID, field: "span_id")
            do throws(IDDecodingError) {
                record.spanID = try SpanID(hex: hex)
            } catch {
                throw WireDecodingError(.invalidSpanID, error.message)
            }
        }
        if let flags = fields[Top.flags.rawValue] {
            let number = try unsigned(flags, field: "trace_flags")
            guard let byte = UInt8(exactly: number) else {
                throw WireDecodingError(.outOfRange, "trace_flags \(number) is outside 0...255")
            }
            record.traceFlags = byte
        }
        return record
    }

    private static func instrumentationScope(_ node: JSONNode) throws(WireDecodingError) -> InstrumentationScope {
        let path = "instrumentation_scope"
        let fields = try members(of: node, path: path, allowed: scopeFields)
        let name = try required(fields, 0, "\(path).name")
        let (versionField, attributesField) = (fields[1], fields[2])
        var scope = InstrumentationScope(name: try string(name, field: "\(path).name"))
        if let version = versionField {
            scope.version = try string(version, field: "\(path).version")
        }
        if let attributes = attributesField {
            scope.attributes = try map(attributes, path: "\(path).attributes")
        }
        return scope
    }

    private static func parseSeverity(_ node: JSONNode) throws(WireDecodingError) -> Severity {
        guard case .integer(let negative, let magnitude) = node else {
            throw wrongType("severity_number", expected: "an integer", got: node)
        }
        guard !negative, magnitude >= 1, magnitude <= 24 else {
            let shown = negative ? "-\(magnitude)" : "\(magnitude)"
            throw WireDecodingError(.severityOutOfRange, "severity_number \(shown) is outside 1...24")
        }
        return Severity(unchecked: Int(magnitude))
    }
}
