/// The error thrown when a trace context or a `traceparent` header is not valid.
public struct TraceContextError: Error, Sendable, CustomStringConvertible {
    /// What kind of trace-context error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case malformed
            case unsupportedVersion
            case invalidID
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The header does not have the W3C shape (`00-<32 hex>-<16 hex>-<2 hex>`).
        public static let malformed = Code(.malformed)
        /// The version is `ff`, which W3C Trace Context forbids.
        public static let unsupportedVersion = Code(.unsupportedVersion)
        /// The trace id or the span id is all zeros.
        public static let invalidID = Code(.invalidID)

        /// The code's name.
        public var description: String {
            base.rawValue
        }
    }

    /// What kind of error this is.
    public let code: Code
    /// What was wrong and what to do about it.
    public let message: String
    /// The file that threw the error.
    public let fileID: String
    /// The line that threw the error.
    public let line: Int

    init(code: Code, message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.fileID = fileID
        self.line = line
    }

    /// The message.
    public var description: String {
        message
    }
}
