import Logging
import Synchronization

/// A handler that records every event it receives, shared across copies of itself.
struct RecordingHandler: LogHandler {
    final class Box: Sendable {
        let events = Mutex<[LogEvent]>([])
        var all: [LogEvent] { self.events.withLock { $0 } }
    }

    let box: Box
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(box: Box = Box(), logLevel: Logger.Level = .trace) {
        self.box = box
        self.logLevel = logLevel
    }

    func log(event: LogEvent) {
        self.box.events.withLock { $0.append(event) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }
}

extension Logger {
    /// A logger at `.trace` writing into a fresh recording box.
    static func recording(_ label: String = "test") -> (Logger, RecordingHandler.Box) {
        let box = RecordingHandler.Box()
        let logger = Logger(label: label, factory: { _ in RecordingHandler(box: box) })
        return (logger, box)
    }
}

/// Counts how many times it is evaluated, to prove autoclosures stay unevaluated.
final class EvaluationCounter: Sendable {
    private let count = Mutex(0)
    var value: Int { self.count.withLock { $0 } }
    func touch<T>(_ value: T) -> T {
        self.count.withLock { $0 += 1 }
        return value
    }
}
