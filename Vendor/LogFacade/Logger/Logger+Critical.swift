extension Logger {
    /// Logs a message at the Logger/Level/critical level, with an error.
    ///
    /// Use it for critical conditions; only the `MaxLogLevelNone` trait compiles it out. Nothing is evaluated when the level is below logLevel.
    ///
    /// - Parameters:
    ///   - message: The message to log.
    ///   - error: An error associated with the message.
    ///   - metadata: Metadata for this message only; it wins over the logger's and the providers' metadata.
    ///   - source: The subsystem of the message; defaults to the module of the call site.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func critical(
        _ message: @autoclosure () -> Logger.Message,
        error: @autoclosure () -> (any Error)? = nil,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        source: @autoclosure () -> String? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        #if !MaxLogLevelNone
        self._log(
            level: .critical,
            message(),
            error: error(),
            metadata: metadata(),
            source: source(),
            file: file,
            function: function,
            line: line
        )
        #endif
    }

    /// Logs a message at the Logger/Level/critical level.
    ///
    /// - Parameters:
    ///   - message: The message to log.
    ///   - metadata: Metadata for this message only.
    ///   - source: The subsystem of the message; defaults to the module of the call site.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func critical(
        _ message: @autoclosure () -> Logger.Message,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        source: @autoclosure () -> String? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        self.critical(
            message(),
            error: nil,
            metadata: metadata(),
            source: source(),
            file: file,
            function: function,
            line: line
        )
    }

    /// Logs a message at the Logger/Level/critical level, with the call site's module as its source.
    ///
    /// - Parameters:
    ///   - message: The message to log.
    ///   - metadata: Metadata for this message only.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func critical(
        _ message: @autoclosure () -> Logger.Message,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        self.critical(message(), metadata: metadata(), source: nil, file: file, function: function, line: line)
    }
}
