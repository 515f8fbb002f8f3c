/// The error thrown when a dagstack JSON-lines line is not a conformant record.
public struct WireDecodingError: Error, Sendable, CustomStringConvertible {
    /// Why the line was rejected; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case invalidJSON
            case missingField
            case wrongType
            case unknownField
            case outOfRange
            case severityOutOfRange
            case severityTextMismatch
            case invalidTraceID
            case invalidSpanID
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The line is not valid JSON (or not valid UTF-8, or has a duplicate key).
        public static let invalidJSON = Code(.invalidJSON)
        /// A required field (`time_unix_nano`, `severity_number`, `severity_text`, `body`, a
        /// scope's `name`) is absent.
        public static let missingField = Code(.missingField)
        /// A field holds the wrong JSON type (for example a string timestamp).
        public static let wrongType = Code(.wrongType)
        /// A field is not part of the dagstack record.
        public static let unknownField = Code(.unknownField)
        /// A number does not fit its field (a negative timestamp, `trace_flags` above 255, an
        /// integer beyond 64 bits).
        public static let outOfRange = Code(.outOfRange)
        /// `severity_number` is outside `1...24`.
        public static let severityOutOfRange = Code(.severityOutOfRange)
        /// `severity_text` is not the bucket text of `severity_number`.
        public static let severityTextMismatch = Code(.severityTextMismatch)
        /// `trace_id` is not 32 lowercase hex characters.
        public static let invalidTraceID = Code(.invalidTraceID)
        /// `span_id` is not 16 lowercase hex characters.
        public static let invalidSpanID = Code(.invalidSpanID)

        /// The code's name.
        public var description: String {
            base.rawValue
        }
    }

    /// Why the line was rejected.
    public let code: Code
    /// What was wrong and what to do about it; control characters it quotes are escaped.
    public let message: String
    /// The file that threw the error.
    public let fileID: String
    /// The line that threw the error.
    public let line: Int

    init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        // Messages quote keys and values of the rejected line: escape them so that printing the
        // error cannot forge a line or drive a terminal.
        self.message = TerminalEscaping.escaped(message)
        self.fileID = fileID
        self.line = line
    }

    /// The message.
    public var description: String {
        message
    }
}
