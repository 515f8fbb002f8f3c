import DagstackBackend
import Logging

/// One isolated pipeline: an in-memory sink behind a factory of its own.
struct TestPipeline {
    let sink = InMemorySink()
    let factory: @Sendable (String) -> any LogHandler

    init(
        rootLevel: Severity = .trace,
        perLoggerLevels: [String: Severity] = [:],
        includeCodeLocation: Bool = true,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        factory = DagstackLogHandler.factory(
            sinks: [sink],
            rootLevel: rootLevel,
            perLoggerLevels: perLoggerLevels,
            includeCodeLocation: includeCodeLocation,
            metadataProvider: metadataProvider
        )
    }

    func logger(_ label: String = "test") -> Logger {
        Logger(label: label, factory: factory)
    }

    /// The only record, or `nil` when there is not exactly one.
    var onlyRecord: LogRecord? {
        let records = sink.records()
        return records.count == 1 ? records[0] : nil
    }
}

struct OrderError: Error, CustomStringConvertible {
    var orderID: Int
    var description: String { "order \(orderID) was rejected" }
}

/// A type with a description and nothing else.
struct Coordinates: CustomStringConvertible, Sendable {
    var description: String { "52.5N 13.4E" }
}
