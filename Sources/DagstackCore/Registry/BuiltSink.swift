/// A sink built from configuration settings.
struct BuiltSink: Sendable {
    /// The settings with the configured id, as given.
    var settings: SinkConfiguration
    var sink: any Sink
}
