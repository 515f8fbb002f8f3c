/// The logger that produced a record: its name, an optional version and optional attributes.
public struct InstrumentationScope: Sendable, Hashable {
    /// The logger name, such as `dagstack.rag.retriever`.
    public var name: String
    /// The version of the package that logs, if known.
    public var version: String?
    /// Attributes describing the scope; omitted from the wire when empty.
    public var attributes: [String: Value]

    /// Creates a scope.
    public init(name: String, version: String? = nil, attributes: [String: Value] = [:]) {
        self.name = name
        self.version = version
        self.attributes = attributes
    }
}
