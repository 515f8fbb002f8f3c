/// Binds `logger` as ``Logger/current`` while `operation` runs, and passes it in.
///
/// - Parameters:
///   - logger: The logger to bind.
///   - operation: The code that runs with the logger bound.
/// - Returns: What `operation` returns.
@inlinable
public func withLogger<Result, Failure: Error>(
    _ logger: Logger,
    _ operation: (Logger) throws(Failure) -> Result
) throws(Failure) -> Result {
    try Logger.withTaskLocalLogger(logger) { () throws(Failure) -> Result in try operation(logger) }
}

/// Binds `logger` as ``Logger/current`` while the async `operation` runs, and passes it in.
///
/// The operation runs on the caller's isolation.
@inlinable
public nonisolated(nonsending) func withLogger<Result, Failure: Error>(
    _ logger: Logger,
    _ operation: nonisolated(nonsending) (Logger) async throws(Failure) -> Result
) async throws(Failure) -> Result {
    try await Logger.withTaskLocalLogger(logger) { () async throws(Failure) -> Result in
        try await operation(logger)
    }
}

/// Binds a copy of ``Logger/current`` with `metadata` merged into its handler's metadata
/// (the new values win) while `operation` runs.
///
/// - Parameters:
///   - metadata: The metadata to add to the current logger.
///   - operation: The code that runs with the extended logger bound.
@inlinable
public func withLogger<Result, Failure: Error>(
    mergingMetadata metadata: @autoclosure () -> Logger.Metadata,
    _ operation: (Logger) throws(Failure) -> Result
) throws(Failure) -> Result {
    let logger = Logger.current.merging(metadata())
    return try Logger.withTaskLocalLogger(logger) { () throws(Failure) -> Result in try operation(logger) }
}

/// Binds a copy of ``Logger/current`` with `metadata` merged into its handler's metadata
/// (the new values win) while the async `operation` runs.
@inlinable
public nonisolated(nonsending) func withLogger<Result, Failure: Error>(
    mergingMetadata metadata: @autoclosure () -> Logger.Metadata,
    _ operation: nonisolated(nonsending) (Logger) async throws(Failure) -> Result
) async throws(Failure) -> Result {
    let logger = Logger.current.merging(metadata())
    return try await Logger.withTaskLocalLogger(logger) { () async throws(Failure) -> Result in
        try await operation(logger)
    }
}

/// Binds a copy of ``Logger/current`` with the given changes while `operation` runs.
///
/// - Parameters:
///   - logLevel: A new level, or `nil` to keep the current one.
///   - handler: A new handler, or `nil` to keep the current one.
///   - metadata: Metadata that replaces the handler's metadata, or `nil` to keep it.
///   - operation: The code that runs with the changed logger bound.
@inlinable
public func withLogger<Result, Failure: Error>(
    logLevel: Logger.Level? = nil,
    handler: (any LogHandler)? = nil,
    metadata: @autoclosure () -> Logger.Metadata? = nil,
    _ operation: (Logger) throws(Failure) -> Result
) throws(Failure) -> Result {
    let logger = Logger.current.replacing(logLevel: logLevel, handler: handler, metadata: metadata())
    return try Logger.withTaskLocalLogger(logger) { () throws(Failure) -> Result in try operation(logger) }
}

/// Binds a copy of ``Logger/current`` with the given changes while the async `operation` runs.
@inlinable
public nonisolated(nonsending) func withLogger<Result, Failure: Error>(
    logLevel: Logger.Level? = nil,
    handler: (any LogHandler)? = nil,
    metadata: @autoclosure () -> Logger.Metadata? = nil,
    _ operation: nonisolated(nonsending) (Logger) async throws(Failure) -> Result
) async throws(Failure) -> Result {
    let logger = Logger.current.replacing(logLevel: logLevel, handler: handler, metadata: metadata())
    return try await Logger.withTaskLocalLogger(logger) { () async throws(Failure) -> Result in
        try await operation(logger)
    }
}

extension Logger {
    /// A copy with `metadata` set entry by entry on the handler.
    @inlinable
    internal func merging(_ metadata: Logger.Metadata) -> Logger {
        var logger = self
        for (key, value) in metadata {
            logger[metadataKey: key] = value
        }
        return logger
    }

    /// A copy with the handler, then the level, then the whole metadata replaced where given.
    @inlinable
    internal func replacing(logLevel: Logger.Level?, handler: (any LogHandler)?, metadata: Logger.Metadata?) -> Logger {
        var logger = self
        if let handler { logger.handler = handler }
        if let logLevel { logger.logLevel = logLevel }
        if let metadata { logger.handler.metadata = metadata }
        return logger
    }
}
