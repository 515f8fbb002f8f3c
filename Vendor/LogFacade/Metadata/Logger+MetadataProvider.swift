/// Marks a public type Sendable while keeping Swift 5 mode clients on warnings, not errors.
@preconcurrency internal protocol _SwiftLogSendable: Sendable {}

extension Logger {
    /// Supplies metadata at the moment a message is logged, typically from task-local context
    /// such as a request or trace id.
    ///
    /// A handler that supports providers calls ``get()`` on every log call that passes the level
    /// check and merges the result between its own metadata and the call site's (call site wins).
    /// The closure runs on the logging thread: keep it fast and do not log from it.
    public struct MetadataProvider: _SwiftLogSendable {
        @usableFromInline
        internal let provide: @Sendable () -> Metadata

        /// Creates a provider from a closure that returns the metadata to add.
        public init(_ provideMetadata: @escaping @Sendable () -> Metadata) {
            self.provide = provideMetadata
        }

        /// Returns the metadata this provider supplies now.
        public func get() -> Metadata {
            self.provide()
        }
    }
}

extension Logger.MetadataProvider {
    /// Combines providers into one; when two supply the same key, the later provider in the list wins.
    ///
    /// - Parameter providers: The providers to combine, in increasing precedence. Must not be empty.
    /// - Returns: The combined provider.
    public static func multiplex(_ providers: [Logger.MetadataProvider]) -> Logger.MetadataProvider? {
        assert(!providers.isEmpty, "providers MUST NOT be empty")
        return Logger.MetadataProvider {
            var merged = Logger.Metadata()
            for provider in providers {
                let provided = provider.get()
                if provided.isEmpty { continue }
                merged.merge(provided) { _, later in later }
            }
            return merged
        }
    }
}
