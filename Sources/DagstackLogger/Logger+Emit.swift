public import DagstackCore
internal import Foundation

extension Logger {
    /// Emits a TRACE record (severity 1); `body` and `attributes` are evaluated only when the
    /// level is enabled.
    public func trace(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.trace, body, attributes)
    }

    /// Emits a DEBUG record (severity 5); `body` and `attributes` are evaluated only when the
    /// level is enabled.
    public func debug(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.debug, body, attributes)
    }

    /// Emits an INFO record (severity 9).
    public func info(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.info, body, attributes)
    }

    /// Emits a WARN record (severity 13); `body` and `attributes` are evaluated only when the
    /// level is enabled.
    public func warn(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.warn, body, attributes)
    }

    /// Emits an ERROR record (severity 17).
    public func error(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.error, body, attributes)
    }

    /// Emits a FATAL record (severity 21); the process is not stopped. `body` and `attributes`
    /// are evaluated only when the level is enabled.
    public func fatal(_ body: @autoclosure () -> Value, attributes: @autoclosure () -> [String: Value] = [:]) {
        emit(.fatal, body, attributes)
    }

    /// Emits a record with any severity number, for the levels between the primary ones
    /// (`10` is INFO, written `INFO` on the wire with `severity_number` 10).
    ///
    /// A number outside `1...24` is a caller error that never crashes: it is clamped into the
    /// range (0 becomes 1, 30 becomes 24) and the record is kept, and a warning naming the number
    /// goes to the internal channel `dagstack.logger.internal` (at most once a second).
    public func log(
        severityNumber: Int,
        _ body: @autoclosure () -> Value,
        attributes: @autoclosure () -> [String: Value] = [:]
    ) {
        let severity = Severity(clamping: severityNumber)
        if severity.number != severityNumber {
            registry.diagnostics.report(
                Diagnostic(
                    key: "logger.severity_out_of_range:\(name)",
                    severity: .warn,
                    message: "severity number \(severityNumber) is outside 1...24; the record was clamped to "
                        + "\(severity.number) (\(severity.text))",
                    attributes: ["logger.name": .string(name), "severity_number": .int(Int64(severityNumber))]
                )
            )
        }
        emit(severity, body, attributes)
    }

    /// Emits an ERROR record describing `error`: `exception.type` (the Swift type via
    /// `String(reflecting:)`), `exception.message` and `exception.stacktrace`.
    ///
    /// Swift errors carry no stack trace of their own; `exception.stacktrace` is the stack of
    /// this call (`Thread.callStackSymbols`), which names the function that caught the error.
    /// Call-site `attributes` win over the `exception.*` ones.
    ///
    /// - Parameters:
    ///   - body: the message; the error's description when `nil`.
    public func exception(_ error: any Error, body: Value? = nil, attributes: [String: Value] = [:]) {
        guard isEnabled(.error) else { return }
        let message = String(describing: error)
        var all = Self.exceptionAttributes(error, message: message)
        all["exception.stacktrace"] = .string(Thread.callStackSymbols.joined(separator: "\n"))
        all.merge(attributes) { $1 }
        emit(.error, { body ?? .string(message) }, { all })
    }

    /// `exception.type` (the type via `String(reflecting:)`) and `exception.message` of `error`,
    /// then `attributes` over them: what every convention logs for a failure.
    static func exceptionAttributes(
        _ error: any Error,
        message: String? = nil,
        merging attributes: [String: Value] = [:]
    ) -> [String: Value] {
        var all: [String: Value] = [
            "exception.type": .string(String(reflecting: type(of: error))),
            "exception.message": .string(message ?? String(describing: error)),
        ]
        all.merge(attributes) { $1 }
        return all
    }

    /// Builds the record and hands it to the registry's pipeline.
    @inline(__always)
    func emit(_ severity: Severity, _ body: () -> Value, _ attributes: () -> [String: Value]) {
        guard cache.isEnabled(severity) else { return }
        let snapshot = cache.current()
        guard snapshot.policy.isEnabled(severity) else { return }
        let attributes = attributes()
        let merged: [String: Value]
        if boundAttributes.isEmpty {
            merged = attributes
        } else if attributes.isEmpty {
            merged = boundAttributes
        } else {
            merged = boundAttributes.merging(attributes) { $1 }
        }
        let record = LogRecord(
            timeUnixNano: InternalChannel.unixNanoseconds(),
            severity: severity,
            body: body(),
            attributes: merged,
            instrumentationScope: snapshot.scope
        )
        snapshot.policy.emit(
            record,
            sinks: ownSinks,
            injectTraceContext: injectsTraceContext,
            explicitTraceContext: explicitContext
        )
    }
}
