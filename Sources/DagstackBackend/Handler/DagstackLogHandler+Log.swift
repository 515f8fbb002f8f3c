internal import DagstackCore
public import LogFacade

extension DagstackLogHandler {
    /// Builds the record of one log event and hands it to the label's pipeline.
    ///
    /// The record's severity follows SPEC §2, its body is the message, its scope the label. Its
    /// attributes, later entries winning: `code.namespace` (the event's source), `code.filepath`
    /// (the `#fileID`), `code.function`, `code.lineno` (when ``includeCodeLocation``),
    /// `exception.type` and `exception.message` (when the event has an error), then the handler's
    /// metadata, the provider's, the call site's. Values marked ``Sensitivity/sensitive`` become
    /// `"***"`; the registry then redacts secret-looking keys, adds baggage, trace context and
    /// resource, and fans out. Never throws, never blocks on I/O.
    public func log(event: LogEvent) {
        let severity = Severity(event.level)
        let current = snapshot.policy.generation == node.registry.generation ? snapshot : node.current()
        // An explicit level on this copy was already applied by the facade and wins over the
        // configuration; otherwise the configuration decides (it may have changed since the
        // facade read `logLevel`, or be above critical).
        guard explicitLevel != nil || current.policy.isEnabled(severity) else { return }
        // A log call from inside the pipeline on this thread (a metadata provider or a sink that
        // logs) must not recurse: it is built without the provider and diverted to the internal channel.
        let entered = PipelineReentrancy.enter()
        defer { if entered { PipelineReentrancy.leave() } }
        var record = LogRecord(
            timeUnixNano: InternalChannel.unixNanoseconds(),
            severity: severity,
            body: .string(event.message.description),
            attributes: attributes(of: event, consultingProvider: entered),
            instrumentationScope: node.scope
        )
        if entered {
            current.policy.deliver(&record)
        } else {
            current.policy.divert(&record)
        }
    }

    /// The attributes of a record, built into one dictionary of the right capacity.
    func attributes(of event: LogEvent, consultingProvider: Bool = true) -> [String: Value] {
        // The provider is user code: called here, with no lock held.
        let provided = consultingProvider ? metadataProvider?.get() ?? [:] : [:]
        let callSite = event.metadata ?? [:]
        let bindingCount = 1 + (includeCodeLocation ? 3 : 0) + (event.error == nil ? 0 : 2)
        let count = bindingCount + metadata.count + provided.count + callSite.count
        // Up to 12 attributes, a copy of an empty 12-capacity dictionary: its first insert
        // allocates storage from the template's type, where `init(minimumCapacity:)` goes
        // through the library's generic entry point and looks the storage type up every call.
        var attributes = count <= 12 ? Self.emptyAttributes : [String: Value](minimumCapacity: count)
        attributes["code.namespace"] = .string(event.source)
        if includeCodeLocation {
            attributes["code.filepath"] = .string(event.file)
            attributes["code.function"] = .string(event.function)
            attributes["code.lineno"] = .int(Int64(clamping: event.line))
        }
        if let error = event.error {
            attributes["exception.type"] = .string(String(reflecting: type(of: error)))
            attributes["exception.message"] = .string("\(error)")
        }
        if !metadata.isEmpty { merge(metadata, into: &attributes) }
        if !provided.isEmpty { merge(provided, into: &attributes) }
        if !callSite.isEmpty { merge(callSite, into: &attributes) }
        return attributes
    }

    /// An empty dictionary with room for 12 attributes, copied on the first insert.
    private static let emptyAttributes = [String: Value](minimumCapacity: 12)

    private func merge(_ metadata: Logger.Metadata, into attributes: inout [String: Value]) {
        for (key, value) in metadata {
            attributes[key] = MetadataConversion.value(of: value)
        }
    }
}
