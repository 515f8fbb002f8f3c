import DagstackCore
import DagstackLogger
import Foundation
import Synchronization

/// An isolated registry with one in-memory root sink and a captured internal channel.
struct TestRegistry {
    let registry: LoggerRegistry
    let sink = InMemorySink(capacity: 100_000)
    let diagnostics = CapturedDiagnostics()

    init(
        rootLevel: String = "TRACE",
        perLoggerLevels: [String: String] = [:],
        resourceAttributes: [String: Value] = [:],
        autoInjectTraceContext: Bool = true
    ) throws {
        registry = LoggerRegistry(diagnostics: diagnostics.channel)
        try registry.configure(
            rootLevel: rootLevel,
            sinks: [sink],
            perLoggerLevels: perLoggerLevels,
            resourceAttributes: resourceAttributes,
            autoInjectTraceContext: autoInjectTraceContext
        )
    }

    func logger(_ name: String = "", version: String? = nil) -> Logger {
        Logger.get(name, version: version, registry: registry)
    }
}

/// The lines an internal channel wrote, without rate limiting.
final class CapturedDiagnostics: Sendable {
    private let lines = Mutex<[String]>([])

    var channel: InternalChannel {
        InternalChannel(
            limiter: RateLimiter(intervalNanoseconds: 0),
            output: { [self] bytes in lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) } }
        )
    }

    var all: [String] { lines.withLock { $0 } }

    func contains(_ text: String) -> Bool {
        all.contains { $0.contains(text) }
    }
}

/// A clock the test moves by hand, in nanoseconds.
final class ManualClock: Sendable {
    private let now = Atomic<UInt64>(1_000)

    var read: @Sendable () -> UInt64 { { [self] in now.load(ordering: .relaxed) } }

    func advance(milliseconds: UInt64) {
        now.add(milliseconds * 1_000_000, ordering: .relaxed)
    }
}

/// Test data shipped in the `Fixtures` resource folder.
enum Fixtures {
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return try Data(contentsOf: url)
    }

    struct FixtureMissing: Error {
        var name: String
    }
}
