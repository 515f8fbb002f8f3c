/// Why a sink failed to deliver, as reported in ``FlushResult/failedSinks``.
public struct SinkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; compare against the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable, Hashable {
            case timedOut = "timed_out"
            case writeFailed = "write_failed"
            case abandoned
        }

        private let kind: Kind

        /// Records were still queued or being written when the timeout ran out.
        public static let timedOut = Code(kind: .timedOut)
        /// The destination rejected a write (an I/O error); the records involved were dropped.
        public static let writeFailed = Code(kind: .writeFailed)
        /// The sink was closed while its destination stalled; its queued records were dropped.
        public static let abandoned = Code(kind: .abandoned)

        /// The code's name.
        public var description: String {
            kind.rawValue
        }
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String {
        "\(code): \(message)"
    }
}
