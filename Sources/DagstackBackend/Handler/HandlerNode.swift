internal import DagstackCore
internal import LogFacade

/// What every handler of one label in one registry shares: the label's ``PolicyCache`` (current
/// policy and instrumentation scope), and from it the facade level the configuration gives it.
///
/// One node per (registry, label), kept by the registry, so making loggers is cheap and a
/// reconfiguration is noticed by every handler copy at once. A node of its own rather than the
/// native logger's cache for the name, whose scope version that logger may change.
final class HandlerNode: Sendable {
    let cache: PolicyCache

    /// Creates a node; touches nothing of the registry (it runs under the registry's lock).
    private init(registry: LoggerRegistry, label: String) {
        cache = PolicyCache(registry: registry, name: label)
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
        Logger.Level.lowest(passing: cache.minSeverity())
    }
}
