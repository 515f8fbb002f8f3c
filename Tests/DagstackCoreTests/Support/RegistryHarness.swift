import Synchronization

@testable import DagstackCore

/// An isolated registry whose internal channel is captured, and helpers to emit through it.
struct RegistryHarness {
    let registry: LoggerRegistry
    let diagnostics: CapturedDiagnostics

    init() {
        let captured = CapturedDiagnostics()
        diagnostics = captured
        registry = LoggerRegistry(diagnostics: captured.channel, retireTimeout: .seconds(2))
    }

    /// Emits one record for logger `name` through the shared pipeline, as a front end would.
    func emit(
        _ name: String,
        _ severity: Severity = .info,
        _ body: String = "message",
        attributes: [String: Value] = [:],
        sinks: SinkFanOut? = nil,
        injectTraceContext: Bool = true
    ) {
        let policy = registry.policy(for: name)
        guard policy.isEnabled(severity) else { return }
        let record = LogRecord(
            timeUnixNano: 1,
            severity: severity,
            body: .string(body),
            attributes: attributes,
            instrumentationScope: InstrumentationScope(name: name)
        )
        policy.emit(record, sinks: sinks, injectTraceContext: injectTraceContext)
    }
}

/// The lines an ``InternalChannel`` wrote, without rate limiting.
final class CapturedDiagnostics: Sendable {
    private let lines = Mutex<[String]>([])

    var channel: InternalChannel {
        InternalChannel(
            limiter: RateLimiter(intervalNanoseconds: 0),
            output: { [self] bytes in
                lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
            }
        )
    }

    var all: [String] { lines.withLock { $0 } }

    func contains(_ text: String) -> Bool {
        all.contains { $0.contains(text) }
    }
}
