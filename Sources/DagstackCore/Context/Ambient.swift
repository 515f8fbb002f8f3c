/// Everything a task carries for the logger, in one task-local so an emit reads it once: the
/// trace context, the baggage and the scoped sink overrides.
package struct Ambient: Sendable {
    package var trace: TraceContext?
    package var baggage: [String: String] = [:]
    /// Innermost last; see ``ScopedSinks``.
    package var scopedSinks: [ScopedSinks] = []

    @TaskLocal package static var current = Ambient()

    /// The innermost scoped sinks of `registry` that apply to the logger `name`, if any.
    package func scopedSinks(for name: String, in registry: ObjectIdentifier) -> SinkFanOut? {
        guard !scopedSinks.isEmpty else { return nil }
        for scope in scopedSinks.reversed() where scope.registry == registry && scope.covers(name) {
            return scope.fanOut
        }
        return nil
    }
}
