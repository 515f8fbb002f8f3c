/// Where a ``ConsoleSink`` writes: standard error, standard output, or another open descriptor.
///
/// The sink never closes the descriptor; it stays the caller's.
public struct ConsoleStream: Sendable, Hashable {
    /// The file descriptor written to.
    public let fileDescriptor: Int32

    /// A stream on an already open, writable file descriptor (a pipe, a socket, a terminal).
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Standard error (descriptor 2), the default.
    public static let standardError = ConsoleStream(fileDescriptor: 2)
    /// Standard output (descriptor 1).
    public static let standardOutput = ConsoleStream(fileDescriptor: 1)
}
