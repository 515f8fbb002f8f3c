#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks the threads that are inside the emit pipeline, so that a log call made from inside it — by
/// a sink's `emit` or by a metadata provider — is diverted to the internal channel instead of
/// re-entering the pipeline and recursing until the stack overflows (ARCHITECTURE: "a record
/// emitted from inside a sink goes to the internal channel").
///
/// A thread-specific flag (one `pthread_getspecific` and two `pthread_setspecific` per record): it
/// holds for synchronous re-entry on the same thread, which is what recursion is. A sink's worker
/// thread is not inside the pipeline, so records it logs go through normally.
package enum PipelineReentrancy {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether the calling thread is inside the pipeline now.
    package static var isInside: Bool {
        pthread_getspecific(self.key) != nil
    }

    /// Marks the calling thread as inside; `false` (and nothing changes) if it already was.
    package static func enter() -> Bool {
        if self.isInside { return false }
        // Any non-nil pointer marks "inside"; it is never dereferenced.
        pthread_setspecific(self.key, UnsafeRawPointer(bitPattern: 1))
        return true
    }

    /// Marks the calling thread as outside again; call once after a successful ``enter()``.
    package static func leave() {
        pthread_setspecific(self.key, nil)
    }
}
