/// The outcome of flushing (or closing) one sink or a group of sinks.
public struct FlushResult: Sendable, Hashable {
    /// One sink that did not finish in time or failed to write.
    public struct Failure: Sendable, Hashable {
        /// The sink's ``Sink/id``.
        public var id: String
        /// Why it failed.
        public var error: SinkError

        /// Creates a failure entry.
        public init(id: String, error: SinkError) {
            self.id = id
            self.error = error
        }
    }

    /// `true` when every sink wrote everything enqueued before the call.
    public var success: Bool
    /// `true` when some sinks succeeded and others failed.
    public var partial: Bool
    /// The sinks that failed, with their reasons; empty on success.
    public var failedSinks: [Failure]

    /// Creates a result; prefer ``succeeded`` and ``init(sinkCount:failures:)``.
    public init(success: Bool, partial: Bool, failedSinks: [Failure]) {
        self.success = success
        self.partial = partial
        self.failedSinks = failedSinks
    }

    /// Derives `success` and `partial` from how many sinks took part and which of them failed.
    public init(sinkCount: Int, failures: [Failure]) {
        self.success = failures.isEmpty
        self.partial = !failures.isEmpty && failures.count < sinkCount
        self.failedSinks = failures
    }

    /// Every sink flushed.
    public static let succeeded = FlushResult(success: true, partial: false, failedSinks: [])

    /// One sink failed with `error`.
    public static func failed(id: String, error: SinkError) -> FlushResult {
        FlushResult(success: false, partial: false, failedSinks: [Failure(id: id, error: error)])
    }
}
