/// The effective configuration of one logger name in one configuration generation: what an emit
/// needs, resolved once and cached by the front ends.
///
/// Front ends keep a policy and fetch a new one from ``LoggerRegistry/policy(for:)`` only when
/// ``LoggerRegistry/generation`` has moved past ``generation``. An immutable object, so holding
/// or passing one costs a single retain.
package final class LoggerPolicy: Sendable {
    /// The logger name this policy is for.
    package let name: String
    /// The configuration generation it was computed in.
    package let generation: UInt64
    /// Records below this severity are dropped before a record is built.
    package let minSeverity: Severity
    /// The configured sinks of the name.
    package let fanOut: SinkFanOut
    package let resource: Resource?
    package let redaction: RedactionConfig
    package let autoInjectTraceContext: Bool
    /// The registry, for matching task-local scoped sinks.
    package let registryID: ObjectIdentifier
    /// Where records logged from inside the pipeline go (see ``PipelineReentrancy``).
    package let diagnostics: InternalChannel

    package init(
        name: String,
        generation: UInt64,
        minSeverity: Severity,
        fanOut: SinkFanOut,
        resource: Resource?,
        redaction: RedactionConfig,
        autoInjectTraceContext: Bool,
        registryID: ObjectIdentifier,
        diagnostics: InternalChannel = .standardError
    ) {
        self.name = name
        self.generation = generation
        self.minSeverity = minSeverity
        self.fanOut = fanOut
        self.resource = resource
        self.redaction = redaction
        self.autoInjectTraceContext = autoInjectTraceContext
        self.registryID = registryID
        self.diagnostics = diagnostics
    }

    /// Whether a record of `severity` passes the logger's level.
    @inline(__always)
    package func isEnabled(_ severity: Severity) -> Bool {
        severity >= minSeverity
    }
}
