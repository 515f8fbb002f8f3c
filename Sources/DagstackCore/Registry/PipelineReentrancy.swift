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
/// The flag lives in the thread's ``PipelineThreadState`` (one `pthread_getspecific` per record,
/// then plain loads and stores): it holds for synchronous re-entry on the same thread, which is
/// what recursion is. A sink's worker thread is not inside the pipeline, so records it logs go
/// through normally.
package enum PipelineReentrancy {
    /// Whether the calling thread is inside the pipeline now.
    package static var isInside: Bool {
        PipelineThreadState.current.pointee.isInside
    }

    /// Marks the calling thread as inside; `false` (and nothing changes) if it already was.
    package static func enter() -> Bool {
        let state = PipelineThreadState.current
        if state.pointee.isInside { return false }
        state.pointee.isInside = true
        return true
    }

    /// Marks the calling thread as outside again; call once after a successful ``enter()``.
    package static func leave() {
        PipelineThreadState.current.pointee.isInside = false
    }
}
