/// Why a ``FileSink`` could not open its file.
public struct FileSinkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; compare against the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable, Hashable {
            case missingDirectory = "missing_directory"
            case permissionDenied = "permission_denied"
            case isDirectory = "is_directory"
            case notRegularFile = "not_regular_file"
            case symlinkRefused = "symlink_refused"
            case openFailed = "open_failed"
        }

        private let kind: Kind

        /// The directory that should hold the file does not exist (or a component is not a directory).
        public static let missingDirectory = Code(kind: .missingDirectory)
        /// The process may not create or write the file.
        public static let permissionDenied = Code(kind: .permissionDenied)
        /// The path names a directory.
        public static let isDirectory = Code(kind: .isDirectory)
        /// The path names something other than a regular file (a FIFO, a device, a socket).
        public static let notRegularFile = Code(kind: .notRegularFile)
        /// The path is a symbolic link; the sink never follows one.
        public static let symlinkRefused = Code(kind: .symlinkRefused)
        /// Any other failure of `open(2)`; see the message.
        public static let openFailed = Code(kind: .openFailed)

        /// The code's name.
        public var description: String {
            kind.rawValue
        }
    }

    /// The kind of failure.
    public var code: Code
    /// The absolute path the sink tried to open.
    public var path: String
    /// What was wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `code: message`.
    public var description: String {
        "\(code): \(message)"
    }
}
