internal import DagstackCore
internal import LogFacade
internal import Synchronization

/// What every handler of one label in one registry shares: the instrumentation scope, the
/// facade level the registry's configuration gives the label, and the label's current policy.
///
/// One node per (registry, label), kept by the registry, so making loggers is cheap and a
/// reconfiguration is noticed by every handler copy at once.
final class HandlerNode: Sendable {
    /// Wraps the policy of one configuration generation, so handlers hold it with one reference.
    final class Snapshot: Sendable {
        let policy: LoggerPolicy

        init(_ policy: LoggerPolicy) {
            self.policy = policy
        }
    }

    let registry: LoggerRegistry
    /// The label: the logger name in the registry.
    let label: String
    let scope: InstrumentationScope
    /// `generation << 3 | level rank`; 0 until first computed (generations start at 1).
    private let levelCache = Atomic<UInt64>(0)
    private let snapshot: Mutex<Snapshot?>

    /// Creates a node; touches nothing of the registry (it runs under the registry's lock).
    private init(registry: LoggerRegistry, label: String) {
        self.registry = registry
        self.label = label
        // The root's scope is named `root`, as the native logger names it.
        self.scope = InstrumentationScope(name: label.isEmpty ? "root" : label)
        self.snapshot = Mutex(nil)
    }

    /// The node of `label` in `registry`, made on first use.
    static func node(for label: String, in registry: LoggerRegistry) -> HandlerNode {
        registry.frontend(HandlerNode.self, named: label) { HandlerNode(registry: registry, label: label) }
    }

    /// The facade level of the label under the current configuration: the lowest level whose
    /// severity passes the label's effective minimum.
    ///
    /// The facade reads it on every log call, disabled ones included, so while the configuration
    /// is unchanged it costs two atomic loads: no lock, no allocation.
    @inline(__always)
    func effectiveLevel() -> Logger.Level {
        let generation = registry.generation
        let packed = levelCache.load(ordering: .relaxed)
        if packed &>> 3 == generation {
            return Logger.Level(rank: packed & 0b111)
        }
        return refreshLevel()
    }

    private func refreshLevel() -> Logger.Level {
        let policy = current().policy
        let level = Logger.Level.lowest(passing: policy.minSeverity)
        // A newer generation may have been stored meanwhile; never move the cache backwards.
        let packed = policy.generation &<< 3 | level.rank
        var stored = levelCache.load(ordering: .relaxed)
        while stored &>> 3 < policy.generation {
            let exchange = levelCache.compareExchange(expected: stored, desired: packed, ordering: .relaxed)
            if exchange.exchanged { break }
            stored = exchange.original
        }
        return level
    }

    /// The snapshot of the current generation, fetched from the registry when it moved.
    func current() -> Snapshot {
        let generation = registry.generation
        if let cached = snapshot.withLock({ $0 }), cached.policy.generation == generation {
            return cached
        }
        // Outside the node's lock: the registry takes its own.
        let fresh = Snapshot(registry.policy(for: label))
        return snapshot.withLock { stored in
            if let stored, stored.policy.generation >= fresh.policy.generation { return stored }
            stored = fresh
            return fresh
        }
    }
}
