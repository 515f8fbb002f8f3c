/// The error thrown when a logging configuration cannot be applied; nothing was changed.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// What kind of configuration error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case invalidLevel
            case invalidRedaction
            case unknownSinkType
            case missingSinkParameter
            case invalidSinkParameter
            case duplicateSinkID
            case unknownSinkID
            case sinkUnavailable
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// A level is neither a known name nor a number from 1 to 24.
        public static let invalidLevel = Code(.invalidLevel)
        /// A redaction suffix is empty, contains whitespace or is not lowercase ASCII.
        public static let invalidRedaction = Code(.invalidRedaction)
        /// A sink's `type` is not `console`, `file` or `in-memory`.
        public static let unknownSinkType = Code(.unknownSinkType)
        /// A sink lacks a parameter its type needs (a file sink without `path`).
        public static let missingSinkParameter = Code(.missingSinkParameter)
        /// A sink parameter has a value its type does not accept (a negative `keep`, an unknown `mode`).
        public static let invalidSinkParameter = Code(.invalidSinkParameter)
        /// Two sinks share one `id`.
        public static let duplicateSinkID = Code(.duplicateSinkID)
        /// A logger names a sink id that no sink has.
        public static let unknownSinkID = Code(.unknownSinkID)
        /// A sink could not be opened (its file, its stream); see ``ConfigurationError/sinkID``.
        public static let sinkUnavailable = Code(.sinkUnavailable)

        /// The code's name.
        public var description: String {
            base.rawValue
        }
    }

    /// What kind of error this is.
    public let code: Code
    /// What was wrong and what to do about it.
    public let message: String
    /// The configured id of the sink at fault, when one is.
    public let sinkID: String?
    /// The underlying error (a ``FileSinkError``, a ``SeverityError``), when there is one.
    public let underlying: (any Error & Sendable)?
    /// The file that threw the error.
    public let fileID: String
    /// The line that threw the error.
    public let line: Int

    init(
        code: Code,
        message: String,
        sinkID: String? = nil,
        underlying: (any Error & Sendable)? = nil,
        fileID: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.sinkID = sinkID
        self.underlying = underlying
        self.fileID = fileID
        self.line = line
    }

    /// The message.
    public var description: String {
        message
    }
}
