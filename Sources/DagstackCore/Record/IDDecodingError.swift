/// The error thrown when a hex trace id or span id cannot be decoded.
public struct IDDecodingError: Error, Sendable, CustomStringConvertible {
    /// What kind of decoding error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case wrongLength
            case notHex
            case uppercase
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The text does not have exactly 32 (trace id) or 16 (span id) characters.
        public static let wrongLength = Code(.wrongLength)
        /// The text holds a character that is not a hex digit.
        public static let notHex = Code(.notHex)
        /// The text holds an uppercase hex digit; the wire form is lowercase.
        public static let uppercase = Code(.uppercase)

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
