/// The value you log through: a label plus the ``LogHandler`` that decides where records go.
///
/// `Logger` is a value type. Copying a logger and changing the copy's ``logLevel``, metadata or
/// ``handler`` never affects the original; the handler is copied on write.
///
/// Create one with ``init(label:)`` after bootstrapping the ``LoggingSystem`` once, early in the
/// process, or pass an explicit factory with ``init(label:factory:)-(_,(String)->LogHandler)``.
/// Logging is thread-safe; a level below ``logLevel`` costs one comparison and evaluates none of the
/// autoclosures.
public struct Logger {
    /// Shared, immutable storage keeping `Logger` one word wide; a change makes a new one.
    ///
    /// Immutable so that a log call reads the handler in place: a `var` in a class is copied out
    /// (its references retained and released) on every read that calls into the handler.
    @usableFromInline
    internal final class Storage {
        @usableFromInline
        let label: String

        @usableFromInline
        let handler: any LogHandler

        @usableFromInline
        init(label: String, handler: any LogHandler) {
            self.label = label
            self.handler = handler
        }

        /// Held by a logger while its handler is being modified (see ``Logger/handler``).
        @usableFromInline
        static let placeholder = Storage(label: "", handler: SwiftLogNoOpLogHandler())
    }

    @usableFromInline
    internal var _storage: Storage

    /// The label that identifies the logger, usually the subsystem or module that logs through it.
    public var label: String {
        self._storage.label
    }

    /// The log handler that receives this logger's events.
    ///
    /// Replacing or mutating the handler affects only this copy of the logger.
    @inlinable
    public var handler: any LogHandler {
        _read {
            yield self._storage.handler
        }
        set {
            self._storage = Storage(label: self._storage.label, handler: newValue)
        }
        _modify {
            let label = self._storage.label
            var handler = self._storage.handler
            // This copy's storage is let go before the handler changes, so a handler no other
            // logger shares is uniquely referenced while it changes: its metadata is not copied.
            self._storage = Storage.placeholder
            defer { self._storage = Storage(label: label, handler: handler) }
            yield &handler
        }
    }

    /// The metadata provider of the underlying handler, if it has one.
    @inlinable
    public var metadataProvider: Logger.MetadataProvider? {
        self.handler.metadataProvider
    }

    @usableFromInline
    internal init(label: String, _ handler: any LogHandler) {
        self._storage = Storage(label: label, handler: handler)
    }

    /// Creates a logger around an existing handler, bypassing every factory.
    package init(label: String, existingHandler handler: any LogHandler) {
        self.init(label: label, handler)
    }
}

extension Logger: Sendable {}

// Immutable, with Sendable fields (a String, a Sendable handler).
extension Logger.Storage: Sendable {}
