// Public only so the generation check below can be inlined into the front ends.
public import Synchronization

/// The registry of named loggers: one configuration (levels, sinks, resource, redaction) shared
/// by the dagstack-native `Logger` and the swift-log backend.
///
/// Logger names form a dot hierarchy (`a.b.c` → `a.b` → `a` → the root `""`): a logger without a
/// level or sinks of its own inherits its nearest ancestor's. ``shared`` is the process-wide
/// registry; create your own with ``init()`` for an isolated pipeline (a test, a plugin).
/// Configuration is swapped atomically: a record is emitted entirely under the old configuration
/// or entirely under the new one. Thread-safe.
public final class LoggerRegistry: Sendable {
    struct State: Sendable {
        var configuration = RegistryConfiguration()
        var policies: [String: LoggerPolicy] = [:]
        var frontends: [FrontendKey: any AnyObject & Sendable] = [:]
        var isShutDown = false
    }

    struct FrontendKey: Hashable, Sendable {
        var kind: ObjectIdentifier
        var name: String
    }

    /// The process-wide registry.
    public static let shared = LoggerRegistry()

    /// At most this many policies are cached; past it the cache starts over.
    static let policyCacheLimit = 10_000

    let state = Mutex(State())
    /// Serialises reconfigurations from a ``LoggingConfiguration`` (sink reuse reads the current
    /// sinks, opens new ones, then swaps).
    let configurationLock = Mutex(())
    @usableFromInline
    let generationCounter = Atomic<UInt64>(1)
    /// Where configuration warnings and front-end misuse are reported.
    package let diagnostics: InternalChannel
    /// How long a reconfiguration waits for the sinks it retires to flush and close.
    let retireTimeout: Duration

    /// Creates a registry with its own configuration: INFO, no sinks, default redaction.
    ///
    /// Nothing global is touched; loggers of this registry see only what it is configured with.
    public convenience init() {
        self.init(diagnostics: .standardError)
    }

    package init(diagnostics: InternalChannel, retireTimeout: Duration = .seconds(5)) {
        self.diagnostics = diagnostics
        self.retireTimeout = retireTimeout
    }

    /// The configuration generation: it changes with every `configure`/`reconfigure`, so a front
    /// end that cached a ``LoggerPolicy`` knows when to fetch a new one. One atomic load, inlined
    /// into the front ends: as a call, the registry and its holder were retained around it.
    @inlinable
    package var generation: UInt64 {
        generationCounter.load(ordering: .acquiring)
    }

    /// The effective configuration of the logger `name`, resolved once per generation and cached.
    package func policy(for name: String) -> LoggerPolicy {
        state.withLock { state in
            let generation = generationCounter.load(ordering: .relaxed)
            if let cached = state.policies[name], cached.generation == generation { return cached }
            let configuration = state.configuration
            let policy = LoggerPolicy(
                name: name,
                generation: generation,
                minSeverity: configuration.minSeverity(for: name),
                fanOut: SinkFanOut(
                    configuration.sinks(for: name, internalSink: InternalChannelSink(channel: diagnostics))
                ),
                resource: configuration.resource,
                redaction: configuration.redaction,
                autoInjectTraceContext: configuration.autoInjectTraceContext,
                registryID: ObjectIdentifier(self),
                diagnostics: diagnostics
            )
            if state.policies.count >= Self.policyCacheLimit { state.policies.removeAll(keepingCapacity: true) }
            state.policies[name] = policy
            return policy
        }
    }

    /// The front-end object of type `T` for `name` (one per name and type), made by `make` on
    /// first use; `make` runs under the registry lock and must not call back into the registry.
    package func frontend<T: AnyObject & Sendable>(_ type: T.Type, named name: String, make: () -> T) -> T {
        state.withLock { state in
            let key = FrontendKey(kind: ObjectIdentifier(type), name: name)
            if let existing = state.frontends[key] as? T { return existing }
            let made = make()
            state.frontends[key] = made
            return made
        }
    }

    /// The delivery counters of every configured sink that keeps them, by sink id.
    public var sinkCounters: [String: SinkCounters] {
        SinkFanOut(currentSinks).counters
    }

    /// The ids of the configured sinks, root sinks first.
    public var sinkIDs: [String] {
        currentSinks.map(\.id)
    }

    var currentSinks: [any Sink] {
        state.withLock { $0.configuration.allSinks }
    }
}
