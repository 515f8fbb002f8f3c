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

/// Sinks that replace the configured ones for one logger name and its descendants, for the
/// duration of a closure (`withScopedSinks`).
package struct ScopedSinks: Sendable {
    package let registry: ObjectIdentifier
    /// The logger name the scope applies to; `""` covers every logger.
    package let name: String
    package let fanOut: SinkFanOut

    package init(registry: ObjectIdentifier, name: String, sinks: [any Sink]) {
        self.registry = registry
        self.name = name
        self.fanOut = SinkFanOut(sinks)
    }

    /// Whether `loggerName` is this scope's logger or one of its descendants.
    package func covers(_ loggerName: String) -> Bool {
        if name.isEmpty || loggerName == name { return true }
        return loggerName.hasPrefix(name) && loggerName.utf8.dropFirst(name.utf8.count).first == UInt8(ascii: ".")
    }
}
