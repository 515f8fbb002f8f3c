/// The error thrown by ``Logger/emitEvent(domain:name:attributes:)`` for a domain or name it
/// refuses.
public struct EventError: Error, Sendable, CustomStringConvertible {
    /// What kind of event error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case reservedDomain
            case emptyName
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The domain is one the logger itself uses: `dagstack`, `operation`, `progress` or a
        /// subdomain of one of them.
        public static let reservedDomain = Code(.reservedDomain)
        /// The domain or the name is empty.
        public static let emptyName = Code(.emptyName)

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
