public import DagstackCore
internal import Dispatch
internal import Synchronization

/// One run of a named unit of work, logged by the operation convention: an `operation.started`
/// record when it begins and exactly one `operation.completed` or `operation.failed` record
/// when it ends, with `operation.duration_ms` and `operation.status`.
///
/// Create it with ``Logger/operation(name:kind:attributes:)``. Every record of the operation,
/// and of its ``logger``, carries `operation.name`, `operation.id` (16 random hex digits) and,
/// when given, `operation.kind`. Thread-safe; ending it twice logs once.
public final class Operation: Sendable {
    /// The operation's name, such as `ingest`.
    public let name: String
    /// A random id that tells runs of the same operation apart.
    public let id: String
    /// A logger whose records carry the operation's attributes.
    public let logger: Logger
    private let startNanoseconds: UInt64
    private let clock: @Sendable () -> UInt64
    private let ended = Atomic<Bool>(false)

    init(logger: Logger, name: String, id: String, clock: @escaping @Sendable () -> UInt64) {
        self.name = name
        self.id = id
        self.logger = logger
        self.clock = clock
        self.startNanoseconds = clock()
    }

    /// Whether ``complete(attributes:)`` or ``fail(_:attributes:)`` has been called.
    public var isEnded: Bool {
        ended.load(ordering: .acquiring)
    }

    /// Logs `operation.completed` (INFO) with `operation.status` `ok` and the duration.
    public func complete(attributes: [String: Value] = [:]) {
        end(.info, event: "completed", status: "ok", body: "\(name) completed", attributes: attributes)
    }

    /// Logs `operation.failed` (ERROR) with `operation.status` `error`, the duration and the
    /// error's `exception.type` and `exception.message`.
    public func fail(_ error: any Error, attributes: [String: Value] = [:]) {
        let all = Logger.exceptionAttributes(error, merging: attributes)
        end(.error, event: "failed", status: "error", body: "\(name) failed", attributes: all)
    }

    func start(attributes: [String: Value]) {
        logger.emitEvent(.info, domain: "operation", name: "started", body: "\(name) started", attributes: attributes)
    }

    private func end(_ severity: Severity, event: String, status: String, body: String, attributes: [String: Value]) {
        guard !ended.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let elapsed = clock() &- startNanoseconds
        var all = attributes
        all["operation.status"] = .string(status)
        all["operation.duration_ms"] = .double(Double(elapsed) / 1_000_000)
        logger.emitEvent(severity, domain: "operation", name: event, body: .string(body), attributes: all)
    }

    /// Monotonic nanoseconds.
    @Sendable
    static func monotonicNanoseconds() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}
