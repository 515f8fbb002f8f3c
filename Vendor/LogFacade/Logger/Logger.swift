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
    /// Shared, copy-on-write storage keeping `Logger` one word wide.
    @usableFromInline
    internal final class Storage {
        @usableFromInline
        var label: String

        @usableFromInline
        var handler: any LogHandler

        @usableFromInline
        init(label: String, handler: any LogHandler) {
            self.label = label
            self.handler = handler
        }

        @inlinable
        func copy() -> Storage {
            Storage(label: self.label, handler: self.handler)
        }
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
            self.makeStorageUnique()
            self._storage.handler = newValue
        }
        _modify {
            self.makeStorageUnique()
            yield &self._storage.handler
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

    @inlinable
    internal mutating func makeStorageUnique() {
        if !isKnownUniquelyReferenced(&self._storage) {
            self._storage = self._storage.copy()
        }
    }
}

extension Logger: Sendable {}

// Storage is only mutated after `makeStorageUnique()` has made this logger its sole owner, so two
// threads never share a Storage that one of them writes; its fields (String, a Sendable handler) are Sendable.
extension Logger.Storage: @unchecked Sendable {}
