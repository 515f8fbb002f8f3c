extension Logger {
    /// Logs a message at the given level, with an error.
    ///
    /// Nothing is evaluated when `level` is below ``logLevel``: the message, error, metadata and
    /// source are autoclosures.
    ///
    /// - Parameters:
    ///   - level: The severity of the message.
    ///   - message: The message to log.
    ///   - error: An error associated with the message.
    ///   - metadata: Metadata for this message only; it wins over the logger's and the providers' metadata.
    ///   - source: The subsystem of the message; defaults to the module of the call site.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func log(
        level: Logger.Level,
        _ message: @autoclosure () -> Logger.Message,
        error: @autoclosure () -> (any Error)? = nil,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        source: @autoclosure () -> String? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        #if MaxLogLevelDebug || MaxLogLevelInfo || MaxLogLevelNotice || MaxLogLevelWarning || MaxLogLevelError || MaxLogLevelCritical || MaxLogLevelNone
        // A compile-time maximum level is set: route through the level methods so the levels it
        // removes are removed here too.
        switch level {
        case .trace:
            self.trace(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .debug:
            self.debug(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .info:
            self.info(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .notice:
            self.notice(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .warning:
            self.warning(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .error:
            self.error(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        case .critical:
            self.critical(
                message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        }
        #else
        self._log(
            level: level,
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

    /// Logs a message at the given level.
    ///
    /// - Parameters:
    ///   - level: The severity of the message.
    ///   - message: The message to log.
    ///   - metadata: Metadata for this message only.
    ///   - source: The subsystem of the message; defaults to the module of the call site.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func log(
        level: Logger.Level,
        _ message: @autoclosure () -> Logger.Message,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        source: @autoclosure () -> String? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        self.log(
            level: level,
            message(),
            error: nil,
            metadata: metadata(),
            source: source(),
            file: file,
            function: function,
            line: line
        )
    }

    /// Logs a message at the given level, with the call site's module as its source.
    ///
    /// - Parameters:
    ///   - level: The severity of the message.
    ///   - message: The message to log.
    ///   - metadata: Metadata for this message only.
    ///   - file: The file of the call site; leave the default.
    ///   - function: The function of the call site; leave the default.
    ///   - line: The line of the call site; leave the default.
    @inlinable
    public func log(
        level: Logger.Level,
        _ message: @autoclosure () -> Logger.Message,
        metadata: @autoclosure () -> Logger.Metadata? = nil,
        file: String = #fileID,
        function: String = #function,
        line: UInt = #line
    ) {
        self.log(
            level: level,
            message(),
            error: nil,
            metadata: metadata(),
            source: nil,
            file: file,
            function: function,
            line: line
        )
    }

    /// The one place a log call reaches the handler: a level comparison, then the event.
    @inlinable
    package func _log(
        level: Logger.Level,
        _ message: @autoclosure () -> Logger.Message,
        error: @autoclosure () -> (any Error)?,
        metadata: @autoclosure () -> Logger.Metadata?,
        source: @autoclosure () -> String?,
        file: String,
        function: String,
        line: UInt
    ) {
        guard level >= self.logLevel else { return }
        self.handler.log(
            event: LogEvent(
                level: level,
                message: message(),
                error: error(),
                metadata: metadata(),
                source: source(),
                file: file,
                function: function,
                line: line
            )
        )
    }

    /// Reads or writes one entry of the handler's metadata, for this logger copy only.
    ///
    /// - Parameter metadataKey: The metadata key.
    @inlinable
    public subscript(metadataKey metadataKey: String) -> Logger.Metadata.Value? {
        get {
            self.handler[metadataKey: metadataKey]
        }
        set {
            #if !MaxLogLevelNone
            self.handler[metadataKey: metadataKey] = newValue
            #endif
        }
    }

    /// The lowest level this logger emits, as held by its handler.
    ///
    /// Changing it affects only this copy of the logger.
    @inlinable
    public var logLevel: Logger.Level {
        get {
            self.handler.logLevel
        }
        set {
            #if !MaxLogLevelNone
            self.handler.logLevel = newValue
            #endif
        }
    }
}
