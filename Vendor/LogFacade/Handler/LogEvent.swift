/// Everything one log call carries to a ``LogHandler``.
///
/// The facade builds an event only for calls that pass the level check. Handlers merge
/// ``metadata`` over their own metadata and their provider's.
public struct LogEvent: Sendable {
    /// The level of the call.
    public var level: Logger.Level

    /// The message.
    public var message: Logger.Message

    /// The error passed to the call, if any.
    public var error: (any Error)?

    /// The metadata passed at the call site, if any.
    public var metadata: Logger.Metadata?

    /// The subsystem of the call: the explicit `source:` argument, or else the module of ``file``.
    public var source: String {
        @inlinable get { self._source ?? Logger.currentModule(fileID: self.file) }
        @inlinable set { self._source = newValue }
    }

    @usableFromInline
    internal var _source: String?

    /// The explicit source of the call, `nil` when it is derived from the file.
    package var explicitSource: String? {
        get { self._source }
        set { self._source = newValue }
    }

    /// The file of the call site, as `#fileID` (`Module/File.swift`).
    public var file: String

    /// The function of the call site.
    public var function: String

    /// The line of the call site.
    public var line: UInt
}

extension LogEvent {
    /// Creates an event without an error.
    public init(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String?,
        file: String,
        function: String,
        line: UInt
    ) {
        self.init(
            level: level,
            message: message,
            error: nil,
            metadata: metadata,
            source: source,
            file: file,
            function: function,
            line: line
        )
    }

    /// Creates an event.
    ///
    /// Delegates to the memberwise initializer, which the compiler builds in place: one assigning
    /// each field built the event twice and copied it, retaining and releasing every reference in
    /// it on each log call. The initializers are in an extension so that it is still synthesized.
    ///
    /// - Parameter source: The subsystem; `nil` derives it from `file` when read.
    public init(
        level: Logger.Level,
        message: Logger.Message,
        error: (any Error)?,
        metadata: Logger.Metadata?,
        source: String?,
        file: String,
        function: String,
        line: UInt
    ) {
        self.init(
            level: level,
            message: message,
            error: error,
            metadata: metadata,
            _source: source,
            file: file,
            function: function,
            line: line
        )
    }
}
