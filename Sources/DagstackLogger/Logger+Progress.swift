internal import DagstackCore

extension Logger {
    /// Starts reporting progress: logs `progress.started` and returns the reporter to
    /// ``ProgressReporter/update(current:)``, ``ProgressReporter/complete(attributes:)`` or
    /// ``ProgressReporter/fail(_:attributes:)``.
    ///
    /// - Parameters:
    ///   - current: the starting position.
    ///   - total: the end position, when known.
    ///   - unit: what is counted (`files`, `bytes`).
    ///   - minInterval: the least time between two tick records; ticks in between are dropped.
    public func progress(
        current: Int64 = 0,
        total: Int64? = nil,
        unit: String? = nil,
        minInterval: Duration = .seconds(1)
    ) -> ProgressReporter {
        progress(
            current: current,
            total: total,
            unit: unit,
            minInterval: minInterval,
            clock: Operation.monotonicNanoseconds
        )
    }

    /// The reporter with an injected monotonic clock in nanoseconds (tests).
    func progress(
        current: Int64,
        total: Int64?,
        unit: String?,
        minInterval: Duration,
        clock: @escaping @Sendable () -> UInt64
    ) -> ProgressReporter {
        let reporter = ProgressReporter(
            logger: self,
            current: current,
            total: total,
            unit: unit,
            minInterval: minInterval,
            clock: clock
        )
        reporter.start()
        return reporter
    }
}
