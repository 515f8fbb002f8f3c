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
/// then plain loads and stores; ``enter()`` returns the state for the rest of the record): it
/// holds for synchronous re-entry on the same thread, which is what recursion is. A sink's worker
/// thread is not inside the pipeline, so records it logs go through normally.
package enum PipelineReentrancy {
    /// Whether the calling thread is inside the pipeline now.
    package static var isInside: Bool {
        PipelineThreadState.current.pointee.isInside
    }

    /// Marks the calling thread as inside and returns its state, for the rest of the record to use
    /// without looking it up again; `nil` (and nothing changes) if the thread already was inside.
    package static func enter() -> UnsafeMutablePointer<PipelineThreadState>? {
        let state = PipelineThreadState.current
        if state.pointee.isInside { return nil }
        state.pointee.isInside = true
        return state
    }

    /// Marks the thread of `state` as outside again; call once after a successful ``enter()``,
    /// on the same thread.
    package static func leave(_ state: UnsafeMutablePointer<PipelineThreadState>) {
        state.pointee.isInside = false
    }
}
