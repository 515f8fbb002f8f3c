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
        // The snapshot the handler was made with, while the configuration is unchanged, used
        // where the handler holds it: taking either snapshot into a local retained and released it.
        if snapshot.policy.generation == node.cache.registry.generation {
            log(event, under: snapshot)
        } else {
            log(event, under: node.cache.current())
        }
    }

    @inline(__always)
    private func log(_ event: LogEvent, under current: PolicyCache.Snapshot) {
        let severity = Severity(event.level)
        // An explicit level on this copy was already applied by the facade and wins over the
        // configuration; otherwise the configuration decides (it may have changed since the
        // facade read `logLevel`, or be above critical).
        guard explicitLevel != nil || severity >= current.policy.minSeverity else { return }
        // A log call from inside the pipeline on this thread (a metadata provider or a sink that
        // logs) must not recurse: it is built without the provider and diverted to the internal channel.
        let entered = PipelineReentrancy.enter()
        defer { if entered { PipelineReentrancy.leave() } }
        let record = LogRecord(
            timeUnixNano: InternalChannel.unixNanoseconds(),
            severity: severity,
            body: .string(event.message.description),
            attributeList: attributes(of: event, consultingProvider: entered),
            instrumentationScope: current.scope
        )
        if entered {
            current.policy.deliver(record)
        } else {
            current.policy.divert(record)
        }
    }

    /// The attributes of a record in layer order, later layers shadowing earlier ones: bindings,
    /// then handler metadata, provider metadata, call-site metadata. No key is hashed here; the
    /// encoders resolve repeated keys on the sink's worker.
    func attributes(of event: LogEvent, consultingProvider: Bool) -> AttributeList {
        // The provider is user code: called here, with no lock held.
        let provided = consultingProvider ? metadataProvider?.get() ?? [:] : [:]
        let callSite = event.metadata ?? [:]
        let bindingCount = 1 + (includeCodeLocation ? 3 : 0) + (event.error == nil ? 0 : 2)
        var attributes = AttributeList(
            capacity: bindingCount + metadata.count + provided.count + callSite.count,
            // `event.source`, with the module of the file remembered per thread.
            namespace: event.explicitSource
                ?? PipelineThreadState.module(ofFileID: event.file, derive: Logger.moduleName(fileID:)),
            file: includeCodeLocation ? event.file : nil,
            function: event.function,
            line: Int64(clamping: event.line)
        )
        if let error = event.error {
            attributes.appendBinding(.exceptionType, .string(String(reflecting: type(of: error))))
            attributes.appendBinding(.exceptionMessage, .string("\(error)"))
        }
        if !metadata.isEmpty { append(metadata, to: &attributes) }
        if !provided.isEmpty { append(provided, to: &attributes) }
        if !callSite.isEmpty { append(callSite, to: &attributes) }
        return attributes
    }

    private func append(_ metadata: Logger.Metadata, to attributes: inout AttributeList) {
        // By index, through `keys` and `values`: each is read in place, where iterating the
        // dictionary copies every (key, value) pair through the generic tuple witnesses.
        var index = metadata.startIndex
        while index != metadata.endIndex {
            attributes.append(metadata.keys[index], MetadataConversion.value(of: metadata.values[index]))
            metadata.formIndex(after: &index)
        }
    }
}
