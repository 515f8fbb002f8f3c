/// The error thrown when a severity number or level name is not valid.
public struct SeverityError: Error, Sendable, CustomStringConvertible {
    /// What kind of severity error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case outOfRange
            case unknownName
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// A severity number outside `1...24`.
        public static let outOfRange = Code(.outOfRange)
        /// A level name that is not one of the known names.
        public static let unknownName = Code(.unknownName)

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
