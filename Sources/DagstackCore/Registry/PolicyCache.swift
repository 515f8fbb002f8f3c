internal import Synchronization

/// A front end's cached view of one logger name: the current ``LoggerPolicy`` and the
/// instrumentation scope, refreshed only when the registry's generation moves.
///
/// ``current()`` costs one atomic load and one short uncontended lock while the configuration
/// is unchanged.
package final class PolicyCache: Sendable {
    package struct Snapshot: Sendable {
        package var policy: LoggerPolicy
        package var scope: InstrumentationScope
    }

    package let registry: LoggerRegistry
    package let name: String
    private let cached: Mutex<Snapshot>

    package init(registry: LoggerRegistry, name: String, scope: InstrumentationScope) {
        self.registry = registry
        self.name = name
        // Generation 0 is never current, so the first `current()` fetches the real policy; not
        // fetching here lets a cache be made under the registry lock (`frontend(_:named:make:)`).
        let placeholder = LoggerPolicy(
            name: name,
            generation: 0,
            minSeverity: .fatal,
            fanOut: SinkFanOut([]),
            resource: nil,
            redaction: .default,
            autoInjectTraceContext: false,
            registryID: ObjectIdentifier(registry)
        )
        self.cached = Mutex(Snapshot(policy: placeholder, scope: scope))
    }

    /// The policy of the current generation and the scope.
    @inline(__always)
    package func current() -> Snapshot {
        let generation = registry.generation
        let snapshot = cached.withLock { $0 }
        if snapshot.policy.generation == generation { return snapshot }
        return refresh()
    }

    private func refresh() -> Snapshot {
        let policy = registry.policy(for: name)
        return cached.withLock { snapshot in
            if snapshot.policy.generation < policy.generation { snapshot.policy = policy }
            return snapshot
        }
    }

    /// Replaces the scope's version (`Logger.get(name, version:)` with a new version).
    package func setVersion(_ version: String) {
        cached.withLock { $0.scope.version = version }
    }
}
