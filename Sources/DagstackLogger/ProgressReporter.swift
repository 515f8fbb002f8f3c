public import DagstackCore
internal import Synchronization

/// Progress of a long task, logged by the progress convention: `progress.started`, rate-limited
/// `progress.tick` records, and exactly one `progress.completed` or `progress.failed`.
///
/// Create it with ``Logger/progress(current:total:unit:minInterval:)``. Records carry
/// `progress.current`, `progress.total` (when known) and `progress.unit` (when given). Ticks
/// closer than `minInterval` to the previous record are dropped (the next written tick carries
/// the count in `progress.suppressed`); the started, completed and failed records are never
/// dropped. Thread-safe; calls after the end are ignored.
public final class ProgressReporter: Sendable {
    private struct State: Sendable {
        var throttle: ProgressThrottle
        var current: Int64
    }

    /// The logger the records go to.
    public let logger: Logger
    /// The total, when known.
    public let total: Int64?
    /// The unit of `current` and `total`, such as `files`.
    public let unit: String?
    private let clock: @Sendable () -> UInt64
    private let state: Mutex<State>

    init(
        logger: Logger,
        current: Int64,
        total: Int64?,
        unit: String?,
        minInterval: Duration,
        clock: @escaping @Sendable () -> UInt64
    ) {
        self.logger = logger
        self.total = total
        self.unit = unit
        self.clock = clock
        self.state = Mutex(
            State(
                throttle: ProgressThrottle(minIntervalNanoseconds: minInterval.saturatingNanoseconds, start: clock()),
                current: current
            )
        )
    }

    /// The last reported position.
    public var current: Int64 {
        state.withLock { $0.current }
    }

    /// Records the position `current` and logs a tick unless one was logged within `minInterval`.
    public func update(current: Int64) {
        move { _ in current }
    }

    /// Advances the position by `delta` (see ``update(current:)``); concurrent calls never lose a
    /// step.
    public func advance(by delta: Int64 = 1) {
        move { $0 &+ delta }
    }

    private func move(_ position: (Int64) -> Int64) {
        let now = clock()
        let tick: (current: Int64, suppressed: Int)? = state.withLock { state in
            guard !state.throttle.isEnded else { return nil }
            state.current = position(state.current)
            let pending = state.throttle.suppressed
            return state.throttle.admitTick(now: now) ? (state.current, pending) : nil
        }
        guard let tick else { return }
        var extra: [String: Value] = [:]
        if tick.suppressed > 0 { extra["progress.suppressed"] = .int(Int64(tick.suppressed)) }
        emit(.info, event: "tick", current: tick.current, extra: extra)
    }

    /// Logs `progress.completed` (INFO); the position becomes `total` when it is known.
    public func complete(attributes: [String: Value] = [:]) {
        guard let current = end(final: total) else { return }
        emit(.info, event: "completed", current: current, extra: attributes)
    }

    /// Logs `progress.failed` (ERROR) with the error's `exception.type` and `exception.message`.
    public func fail(_ error: any Error, attributes: [String: Value] = [:]) {
        guard let current = end(final: nil) else { return }
        emit(.error, event: "failed", current: current, extra: Logger.exceptionAttributes(error, merging: attributes))
    }

    func start() {
        emit(.info, event: "started", current: current, extra: [:])
    }

    private func end(final: Int64?) -> Int64? {
        state.withLock { state in
            guard state.throttle.admitEnd() else { return nil }
            if let final { state.current = final }
            return state.current
        }
    }

    private func emit(_ severity: Severity, event: String, current: Int64, extra: [String: Value]) {
        var attributes = extra
        attributes["progress.current"] = .int(current)
        if let total { attributes["progress.total"] = .int(total) }
        if let unit { attributes["progress.unit"] = .string(unit) }
        let position = total.map { "\(current)/\($0)" } ?? "\(current)"
        let body = "progress \(event): \(position)\(unit.map { " \($0)" } ?? "")"
        logger.emitEvent(severity, domain: "progress", name: event, body: .string(body), attributes: attributes)
    }
}
