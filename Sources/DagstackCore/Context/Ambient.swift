internal import Synchronization

/// Everything a task carries for the logger, in one task-local so an emit reads it once: the
/// trace context, the baggage and the scoped sink overrides.
package struct Ambient: Sendable {
    package var trace: TraceContext?
    package var baggage: [String: String] = [:]
    /// Innermost last; see ``ScopedSinks``.
    package var scopedSinks: [ScopedSinks] = []

    @TaskLocal package static var current = Ambient()

    /// Whether any task has ever bound an ambient state (``binding(_:_:)``): until one has, every
    /// task's is the default, and an emit need not read the task-local (a lookup in the task's
    /// task-local storage, ~150 instructions).
    static let everBound = Atomic<Bool>(false)

    /// The ambient state of the calling task, as an emit reads it.
    ///
    /// The flag is set before the first binding, on the binding task itself; a task that sees it
    /// clear has nothing bound (a binding made by another task is not its own, and a child task
    /// is created after its parent's binding).
    package static var forEmit: Ambient {
        everBound.load(ordering: .relaxed) ? current : Ambient()
    }

    /// The innermost scoped sinks of `registry` that apply to the logger `name`, if any.
    package func scopedSinks(for name: String, in registry: ObjectIdentifier) -> SinkFanOut? {
        guard !scopedSinks.isEmpty else { return nil }
        for scope in scopedSinks.reversed() where scope.registry == registry && scope.covers(name) {
            return scope.fanOut
        }
        return nil
    }
}
