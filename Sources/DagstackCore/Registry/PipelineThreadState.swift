#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the pipeline keeps for each thread that logs: whether the thread is inside the pipeline
/// (``PipelineReentrancy``), the redaction verdicts of the keys it logged lately
/// (``SecretKeyVerdicts``), and the module of the last call site's file.
///
/// Thread-specific memory, made on a thread's first record and freed when the thread exits: only
/// its own thread reads or writes it, so it needs no lock and no atomic. (A record logged by
/// another thread-specific destructor after this one ran makes a new state; if that happens in
/// the system's last destructor round, that state, a few KiB, is not freed.)
package struct PipelineThreadState {
    var isInside = false
    var verdicts = SecretKeyVerdicts()
    /// The last `#fileID` whose module a front end derived, and that module (see
    /// ``module(ofFileID:derive:)``); the file is kept, so the identity of its string stays
    /// meaningful.
    var lastModule: (fileID: String, module: String)?

    /// The module a front end derives from a `#fileID` (`Module/File.swift` → `Module`), derived
    /// by `derive` once per run of calls from one file on this thread: a call site passes the same
    /// literal every time, recognised by identity (two word compares) instead of a byte scan and a
    /// new string (~300 instructions a record).
    package static func module(ofFileID fileID: String, derive: (String) -> String) -> String {
        let state = current
        if let last = state.pointee.lastModule, last.fileID.isIdentical(to: fileID) {
            return last.module
        }
        let module = derive(fileID)
        state.pointee.lastModule = (fileID, module)
        return module
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, freeState)
        return key
    }()

    /// The calling thread's state, made on first use.
    @inline(__always)
    static var current: UnsafeMutablePointer<PipelineThreadState> {
        if let pointer = pthread_getspecific(key) {
            return pointer.assumingMemoryBound(to: PipelineThreadState.self)
        }
        return make()
    }

    @inline(never)
    private static func make() -> UnsafeMutablePointer<PipelineThreadState> {
        let state = UnsafeMutablePointer<PipelineThreadState>.allocate(capacity: 1)
        state.initialize(to: PipelineThreadState())
        pthread_setspecific(key, state)
        return state
    }
}

/// The thread-exit destructor of a ``PipelineThreadState``.
#if canImport(Glibc)
private func freeState(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    free(state: pointer)
}
#else
private func freeState(_ pointer: UnsafeMutableRawPointer) {
    free(state: pointer)
}
#endif

private func free(state pointer: UnsafeMutableRawPointer) {
    let state = pointer.assumingMemoryBound(to: PipelineThreadState.self)
    state.pointee.verdicts.release()
    state.deinitialize(count: 1)
    state.deallocate()
}
