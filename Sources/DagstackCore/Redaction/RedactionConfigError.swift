/// The error thrown when a ``RedactionConfig`` is given an invalid suffix.
public struct RedactionConfigError: Error, Sendable, CustomStringConvertible {
    /// What was wrong with the suffix; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case emptySuffix
            case whitespace
            case notLowercaseASCII
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// A suffix is the empty string (it would mask every attribute).
        public static let emptySuffix = Code(.emptySuffix)
        /// A suffix contains whitespace.
        public static let whitespace = Code(.whitespace)
        /// A suffix has an uppercase letter or a non-ASCII character.
        public static let notLowercaseASCII = Code(.notLowercaseASCII)

        /// The code's name.
        public var description: String {
            base.rawValue
        }
    }

    /// What was wrong.
    public let code: Code
    /// What was wrong and what to do about it; contains the spec's wording.
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
