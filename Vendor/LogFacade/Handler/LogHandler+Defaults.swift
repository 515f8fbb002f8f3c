extension LogHandler {
    /// The default: no provider support. Setting a provider is ignored (in debug builds, with a
    /// one-time warning per handler type, logged through the handler itself).
    public var metadataProvider: Logger.MetadataProvider? {
        get {
            nil
        }
        set {
            #if DEBUG
            guard LoggingSystem.shouldWarnAboutMissingProviderSupport(Self.self) else { return }
            self.log(
                event: LogEvent(
                    level: .warning,
                    message: """
                        Attempted to set metadataProvider on \(Self.self) that did not implement support for them. \
                        Please contact the log handler maintainer to implement metadata provider support.
                        """,
                    metadata: nil,
                    source: "Logging",
                    file: #file,
                    function: #function,
                    line: #line
                )
            )
            #endif
        }
    }
}

extension LogHandler {
    /// Bridges to the deprecated flat form, for handlers written before ``LogEvent``.
    ///
    /// Implement this method yourself; the bridge drops ``LogEvent/error``.
    @available(*, deprecated, message: "You should implement this method instead of using the default implementation")
    public func log(event: LogEvent) {
        self.log(
            level: event.level,
            message: event.message,
            metadata: event.metadata,
            source: event.source,
            file: event.file,
            function: event.function,
            line: event.line
        )
    }

    /// Bridges the flat form with `source` to the one without it.
    @available(*, deprecated, renamed: "log(event:)")
    public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {
        self.log(level: level, message: message, metadata: metadata, file: file, function: function, line: line)
    }

    /// Bridges the oldest flat form to ``log(event:)``, deriving the source from the file path.
    @available(*, deprecated, renamed: "log(event:)")
    public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        file: String,
        function: String,
        line: UInt
    ) {
        self.log(
            event: LogEvent(
                level: level,
                message: message,
                metadata: metadata,
                source: Logger.currentModule(filePath: file),
                file: file,
                function: function,
                line: line
            )
        )
    }
}
