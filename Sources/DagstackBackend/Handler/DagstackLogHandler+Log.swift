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
        defer { if let entered { PipelineReentrancy.leave(entered) } }
        let record = LogRecord(
            timeUnixNano: InternalChannel.unixNanoseconds(),
            severity: severity,
            body: .string(event.message.description),
            attributeList: attributes(
                of: event,
                thread: entered ?? PipelineThreadState.current,
                consultingProvider: entered != nil
            ),
            instrumentationScope: current.scope
        )
        if let thread = entered {
            current.policy.deliver(record, thread: thread)
        } else {
            current.policy.divert(record)
        }
    }

    /// The attributes of a record in layer order, later layers shadowing earlier ones: bindings,
    /// then handler metadata, provider metadata, call-site metadata. No key is hashed here; the
    /// encoders resolve repeated keys on the sink's worker.
    ///
    /// `thread` is the calling thread's pipeline state. The metadata provider (user code that may
    /// log again) is consulted only when `consultingProvider`: not for a call from inside the
    /// pipeline.
    func attributes(
        of event: LogEvent,
        thread: UnsafeMutablePointer<PipelineThreadState>,
        consultingProvider: Bool
    ) -> AttributeList {
        // The provider is user code: called here, with no lock held.
        let provided = consultingProvider ? metadataProvider?.get() : nil
        let bindingCount = 1 + (includeCodeLocation ? 3 : 0) + (event.error == nil ? 0 : 2)
        let capacity = bindingCount + metadata.count + (provided?.count ?? 0) + (event.metadata?.count ?? 0)
        // `event.source`, with the module of the file remembered per thread.
        let namespace =
            event.explicitSource ?? thread.pointee.module(ofFileID: event.file, derive: Logger.moduleName(fileID:))
        let buffer = thread.pointee.attributeBuffer(minimumCapacity: capacity)
        var attributes = AttributeList(
            buffer: buffer,
            namespace: namespace,
            file: includeCodeLocation ? event.file : nil,
            function: event.function,
            line: Int64(clamping: event.line)
        )
        if let error = event.error {
            attributes.appendBinding(.exceptionType, .string(String(reflecting: type(of: error))))
            attributes.appendBinding(.exceptionMessage, .string("\(error)"))
        }
        if !metadata.isEmpty { append(metadata, to: &attributes) }
        if let provided, !provided.isEmpty { append(provided, to: &attributes) }
        // Read where the event holds it: bound to a local, the call's dictionary was retained and
        // released (two atomic operations on the caller's own storage, every record).
        switch event.metadata {
        case .some(let callSite) where !callSite.isEmpty: append(callSite, to: &attributes)
        default: break
        }
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
