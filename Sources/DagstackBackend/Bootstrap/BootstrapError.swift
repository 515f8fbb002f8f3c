/// The error thrown when ``DagstackBackend`` cannot bootstrap the logging system.
public struct BootstrapError: Error, Sendable, CustomStringConvertible {
    /// What kind of bootstrap error this is; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case alreadyBootstrapped
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// `LoggingSystem.bootstrap` already ran in this process.
        public static let alreadyBootstrapped = Code(.alreadyBootstrapped)

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

    static func alreadyBootstrapped(fileID: String = #fileID, line: Int = #line) -> BootstrapError {
        BootstrapError(
            code: .alreadyBootstrapped,
            message: "the logging system is already bootstrapped (LoggingSystem.bootstrap runs once per process); "
                + "bootstrap once, early in main, and change the configuration later with "
                + "LoggerRegistry.shared.reconfigure",
            fileID: fileID,
            line: line
        )
    }
}
