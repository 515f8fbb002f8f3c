/// A handler that forwards each event to several handlers, each filtering by its own level.
///
/// Its ``logLevel`` is the lowest of its handlers' levels (setting it sets all of them); metadata
/// writes go to every handler; reads return the first handler's value for a key.
public struct MultiplexLogHandler: LogHandler {
    private var handlers: [any LogHandler]
    private var effectiveLogLevel: Logger.Level
    private var ownProvider: Logger.MetadataProvider?

    /// Creates a multiplexer over `handlers`, which must not be empty.
    public init(_ handlers: [any LogHandler]) {
        self.init(handlers, metadataProvider: nil)
    }

    /// Creates a multiplexer over `handlers` with a provider of its own, applied before forwarding.
    ///
    /// - Parameters:
    ///   - handlers: The handlers to forward to; must not be empty.
    ///   - metadataProvider: Metadata merged under each event's call-site metadata.
    public init(_ handlers: [any LogHandler], metadataProvider: Logger.MetadataProvider?) {
        assert(!handlers.isEmpty, "MultiplexLogHandler.handlers MUST NOT be empty")
        self.handlers = handlers
        self.effectiveLogLevel = handlers.map(\.logLevel).min() ?? .trace
        self.ownProvider = metadataProvider
    }

    /// The lowest level of the handlers; setting it sets every handler's level.
    public var logLevel: Logger.Level {
        get { self.effectiveLogLevel }
        set {
            self.forEachHandler { $0.logLevel = newValue }
            self.effectiveLogLevel = newValue
        }
    }

    /// The handlers' providers and this multiplexer's own, combined; setting it sets every handler's.
    public var metadataProvider: Logger.MetadataProvider? {
        get {
            var providers = self.handlers.compactMap(\.metadataProvider)
            if let ownProvider { providers.append(ownProvider) }
            switch providers.count {
            case 0: return nil
            case 1: return providers[0]
            default: return .multiplex(providers)
            }
        }
        set {
            self.forEachHandler { $0.metadataProvider = newValue }
        }
    }

    /// Forwards the event, with this multiplexer's provider metadata merged in, to each handler
    /// whose level admits it.
    public func log(event: LogEvent) {
        var event = event
        if let ownProvider {
            var metadata = ownProvider.get()
            if let explicit = event.metadata {
                metadata.merge(explicit) { _, explicit in explicit }
            }
            if !metadata.isEmpty {
                event.metadata = metadata
            }
        }
        for handler in self.handlers where handler.logLevel <= event.level {
            handler.log(event: event)
        }
    }

    /// Forwards the call as an event.
    @available(*, deprecated, renamed: "log(event:)")
    public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {
        self.log(
            event: LogEvent(
                level: level,
                message: message,
                metadata: metadata,
                source: source,
                file: file,
                function: function,
                line: line
            )
        )
    }

    /// The handlers' metadata and provider metadata merged in handler order (later wins), then this
    /// multiplexer's provider; setting it sets every handler's metadata.
    public var metadata: Logger.Metadata {
        get {
            var effective = Logger.Metadata()
            for handler in self.handlers {
                effective.merge(handler.metadata) { _, new in new }
                if let provider = handler.metadataProvider {
                    effective.merge(provider.get()) { _, new in new }
                }
            }
            if let ownProvider {
                effective.merge(ownProvider.get()) { _, new in new }
            }
            return effective
        }
        set {
            self.forEachHandler { $0.metadata = newValue }
        }
    }

    /// The first handler's value for the key; setting writes it to every handler.
    public subscript(metadataKey metadataKey: Logger.Metadata.Key) -> Logger.Metadata.Value? {
        get {
            for handler in self.handlers {
                if let value = handler[metadataKey: metadataKey] { return value }
            }
            return nil
        }
        set {
            self.forEachHandler { $0[metadataKey: metadataKey] = newValue }
        }
    }

    private mutating func forEachHandler(_ change: (inout any LogHandler) -> Void) {
        for index in self.handlers.indices {
            change(&self.handlers[index])
        }
    }
}
