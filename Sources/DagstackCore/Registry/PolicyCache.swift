internal import Synchronization

/// A front end's cached view of one logger name: the current ``LoggerPolicy`` and the
/// instrumentation scope, refreshed only when the registry's generation moves.
///
/// ``current()`` costs one atomic load, one short uncontended lock and one retain while the
/// configuration is unchanged (the snapshot is an immutable object, so nothing inside it is
/// copied).
package final class PolicyCache: Sendable {
    /// An immutable pair of policy and scope.
    package final class Snapshot: Sendable {
        package let policy: LoggerPolicy
        package let scope: InstrumentationScope

        package init(policy: LoggerPolicy, scope: InstrumentationScope) {
            self.policy = policy
            self.scope = scope
        }
    }

    package let registry: LoggerRegistry
    package let name: String
    private let cached: Mutex<Snapshot>
    /// `generation << 8 | minSeverity` of the cached policy, for a lock-free level check.
    private let levelWord = Atomic<UInt64>(0)

    /// A cache for a front end's logger `name`, whose records' scope is named after it (`root`
    /// for the empty name, in both front ends) with `version`.
    package convenience init(registry: LoggerRegistry, name: String, version: String? = nil) {
        let scope = InstrumentationScope(name: name.isEmpty ? "root" : name, version: version)
        self.init(registry: registry, name: name, scope: scope)
    }

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

    /// Whether a record of `severity` passes the current policy's level: two atomic loads while
    /// the configuration is unchanged, so a disabled level costs no lock.
    @inline(__always)
    package func isEnabled(_ severity: Severity) -> Bool {
        guard let level = cachedLevel() else { return current().policy.isEnabled(severity) }
        return severity.number >= level
    }

    /// The current policy's minimum severity: two atomic loads while the configuration is
    /// unchanged.
    @inline(__always)
    package func minSeverity() -> Severity {
        guard let level = cachedLevel() else { return current().policy.minSeverity }
        return Severity(clamping: level)
    }

    /// The minimum severity number published for the registry's current generation, or `nil`
    /// when the configuration has changed since (see ``refresh()`` for the word's layout).
    @inline(__always)
    private func cachedLevel() -> Int? {
        let generation = registry.generation
        let word = levelWord.load(ordering: .relaxed)
        return word >> 8 == generation & (UInt64.max >> 8) ? Int(word & 0xff) : nil
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
            if snapshot.policy.generation < policy.generation {
                snapshot = Snapshot(policy: policy, scope: snapshot.scope)
                levelWord.store(
                    (policy.generation & (UInt64.max >> 8)) << 8 | UInt64(policy.minSeverity.number),
                    ordering: .relaxed
                )
            }
            return snapshot
        }
    }

    /// Replaces the scope's version (`Logger.get(name, version:)` with a new version).
    package func setVersion(_ version: String) {
        cached.withLock { snapshot in
            var scope = snapshot.scope
            scope.version = version
            snapshot = Snapshot(policy: snapshot.policy, scope: scope)
        }
    }
}
