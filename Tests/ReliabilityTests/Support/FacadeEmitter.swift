import DagstackBackend
import DagstackCore
import Logging

/// Emits through the swift-log facade on a registry (kept apart from files that import the
/// native `DagstackLogger.Logger`, whose name collides with the facade's).
struct FacadeEmitter: Sendable {
    let logger: Logging.Logger

    init(label: String, registry: LoggerRegistry) {
        var logger = Logging.Logger(label: label) { DagstackLogHandler(label: $0, registry: registry) }
        logger.logLevel = .trace
        self.logger = logger
    }

    func info(_ message: String, metadata: [String: Value]) {
        logger.info("\(message)", metadata: metadata.mapValues(Self.metadataValue))
    }

    static func metadataValue(_ value: Value) -> Logging.Logger.MetadataValue {
        switch value {
        case .string(let string): return .string(string)
        case .map(let map): return .dictionary(map.mapValues(metadataValue))
        case .array(let array): return .array(array.map(metadataValue))
        case .int(let int): return .stringConvertible(int)
        case .bool(let bool): return .stringConvertible(bool)
        default: return .string("\(value)")
        }
    }
}
