import Synchronization

/// A handler that keeps every event it receives in memory, for tests and buffering.
///
/// Copies of the handler (and of loggers made from it) share one store, so
/// `Logger(label: "x", factory: { _ in handler })` lets a test read ``entries`` afterwards.
/// Entries hold the handler metadata, provider metadata and call-site metadata merged (call site wins).
public struct InMemoryLogHandler: LogHandler {
    /// The handler's own metadata.
    public var metadata: Logger.Metadata = [:]

    /// The provider consulted on every event.
    public var metadataProvider: Logger.MetadataProvider?

    /// The lowest level recorded; `.info` by default.
    public var logLevel: Logger.Level = .info

    private let store: Store

    /// One recorded event.
    public struct Entry: Sendable, Equatable {
        /// The level of the event.
        public var level: Logger.Level
        /// The message of the event.
        public var message: Logger.Message
        /// The error of the event, if any.
        public var error: (any Error)?
        /// The merged metadata of the event.
        public var metadata: Logger.Metadata

        /// Creates an entry without an error.
        public init(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata) {
            self.init(level: level, message: message, error: nil, metadata: metadata)
        }

        /// Creates an entry.
        public init(level: Logger.Level, message: Logger.Message, error: (any Error)?, metadata: Logger.Metadata) {
            self.level = level
            self.message = message
            self.error = error
            self.metadata = metadata
        }

        /// Entries are equal when level, message and metadata are, and their errors have the same type
        /// and description (or both are absent).
        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.level == rhs.level && lhs.message == rhs.message && lhs.metadata == rhs.metadata
                && Self.sameError(lhs.error, rhs.error)
        }

        private static func sameError(_ lhs: (any Error)?, _ rhs: (any Error)?) -> Bool {
            switch (lhs, rhs) {
            case (nil, nil):
                true
            case (let left?, let right?):
                String(reflecting: type(of: left)) == String(reflecting: type(of: right)) && "\(left)" == "\(right)"
            default:
                false
            }
        }
    }

    private final class Store: Sendable {
        let entries = Mutex<[Entry]>([])
    }

    /// Creates a handler with an empty store.
    public init() {
        self.store = Store()
    }

    /// Records the event with its merged metadata.
    public func log(event: LogEvent) {
        var merged = self.metadata
        if let provider = self.metadataProvider {
            merged.merge(provider.get()) { _, new in new }
        }
        if let explicit = event.metadata {
            merged.merge(explicit) { _, new in new }
        }
        let entry = Entry(level: event.level, message: event.message, error: event.error, metadata: merged)
        self.store.entries.withLock { $0.append(entry) }
    }

    /// Records the call as an event.
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

    /// Reads or writes one entry of the handler's metadata.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    /// Every event recorded so far, oldest first.
    public var entries: [Entry] {
        self.store.entries.withLock { $0 }
    }

    /// Forgets every recorded event.
    public func clear() {
        self.store.entries.withLock { $0.removeAll() }
    }
}
