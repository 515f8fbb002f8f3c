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
