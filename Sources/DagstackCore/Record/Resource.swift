/// The process, service and host that produced a record (an OpenTelemetry resource).
public struct Resource: Sendable, Hashable {
    /// Attributes such as `service.name`; a resource without attributes is omitted from the wire.
    public var attributes: [String: Value]

    /// Creates a resource.
    public init(attributes: [String: Value] = [:]) {
        self.attributes = attributes
    }
}
