import Logging
import Synchronization

/// A third-party style handler written only against the public API of `import Logging`.
struct PublicSurfaceHandler: Logging.LogHandler {
    final class Sink: Sendable {
        let events = Mutex<[Logging.LogEvent]>([])
        var all: [Logging.LogEvent] { self.events.withLock { $0 } }
    }

    let sink: Sink
    var metadata: Logging.Logger.Metadata = [:]
    var metadataProvider: Logging.Logger.MetadataProvider?
    var logLevel: Logging.Logger.Level = .trace

    init(sink: Sink = Sink()) {
        self.sink = sink
    }

    func log(event: Logging.LogEvent) {
        var event = event
        var merged = self.metadata
        merged.merge(self.metadataProvider?.get() ?? [:]) { _, new in new }
        merged.merge(event.metadata ?? [:]) { _, new in new }
        event.metadata = merged
        self.sink.events.withLock { $0.append(event) }
    }

    subscript(metadataKey key: String) -> Logging.Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }
}

/// A text stream for StreamLogHandler written against the public API.
final class LineStream: TextOutputStream, Sendable {
    private let lines = Mutex<[String]>([])
    func write(_ string: String) { self.lines.withLock { $0.append(string) } }
    var all: [String] { self.lines.withLock { $0 } }
}

/// An attribute as a library would declare one (SLG-0004).
enum Confidentiality: Int64, Logger.MetadataValueAttributes.Attribute {
    case open = 0
    case restricted = 1
}
