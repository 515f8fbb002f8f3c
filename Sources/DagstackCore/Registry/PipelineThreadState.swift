#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the pipeline keeps for each thread that logs: whether the thread is inside the pipeline
/// (``PipelineReentrancy``), the redaction verdicts of the keys it logged lately
/// (``SecretKeyVerdicts``), the module of the last call site's file, and a stash of up to
/// ``AttributeBufferPool/batchSize`` emptied attribute buffers.
///
/// Thread-specific memory, made on a thread's first record and freed when the thread exits: only
/// its own thread reads or writes it, so it needs no lock and no atomic. A front end looks it up
/// once a record (``PipelineReentrancy/enter()``) and passes it on. (A record logged by another
/// thread-specific destructor after this one ran makes a new state; if that happens in the
/// system's last destructor round, that state, a few KiB and its stash of up to 32 empty buffers,
/// is not freed.)
package struct PipelineThreadState {
    var isInside = false
    var verdicts = SecretKeyVerdicts()
    /// The last `#fileID` whose module a front end derived, and that module (see
    /// ``module(ofFileID:derive:)``); the file is kept, so the identity of its string stays
    /// meaningful.
    var lastModule: (fileID: String, module: String)?
    /// Emptied attribute buffers taken from ``AttributeBufferPool`` a batch at a time, so that most
    /// records take theirs without the pool's lock (two atomic operations a record).
    var attributeBuffers: [[AttributeList.Entry]] = []

    /// The module a front end derives from a `#fileID` (`Module/File.swift` → `Module`), derived
    /// by `derive` once per run of calls from one file on this thread: a call site passes the same
    /// literal every time, recognised by identity (two word compares) instead of a byte scan and a
    /// new string (~300 instructions a record).
    package mutating func module(ofFileID fileID: String, derive: (String) -> String) -> String {
        if let last = lastModule, last.fileID.isIdentical(to: fileID) {
            return last.module
        }
        let module = derive(fileID)
        lastModule = (fileID, module)
        return module
    }

    /// An empty attribute buffer with room for `minimumCapacity` entries: one this thread took from
    /// the pool earlier, else one of up to ``AttributeBufferPool/batchSize`` it takes now (without
    /// waiting for the pool's lock), else a new one.
    package mutating func attributeBuffer(minimumCapacity: Int) -> [AttributeList.Entry] {
        // The shared pool is touched only when the stash is empty: reading it for every record (a
        // default argument, say) retained and released it, two atomic operations on an object
        // every logging thread and worker shares.
        if attributeBuffers.isEmpty { restockAttributeBuffers(from: AttributeBufferPool.shared) }
        return takeAttributeBuffer(minimumCapacity: minimumCapacity)
    }

    /// ``attributeBuffer(minimumCapacity:)`` from `pool` instead of the shared one (for tests).
    mutating func attributeBuffer(
        minimumCapacity: Int,
        from pool: AttributeBufferPool
    ) -> [AttributeList.Entry] {
        if attributeBuffers.isEmpty { restockAttributeBuffers(from: pool) }
        return takeAttributeBuffer(minimumCapacity: minimumCapacity)
    }

    private mutating func restockAttributeBuffers(from pool: AttributeBufferPool) {
        // Into the stash's own storage (kept from one batch to the next): an array the pool
        // allocated on a worker and freed here would cost a free across threads each time.
        if attributeBuffers.capacity == 0 { attributeBuffers.reserveCapacity(AttributeBufferPool.batchSize) }
        pool.take(AttributeBufferPool.batchSize, into: &attributeBuffers)
    }

    private mutating func takeAttributeBuffer(minimumCapacity: Int) -> [AttributeList.Entry] {
        // No `?? []`: that retained and released the popped buffer, whose header the worker that
        // emptied it wrote last (an atomic operation waiting on another core's cache line).
        guard var buffer = attributeBuffers.popLast() else {
            return AttributeBufferPool.newBuffer(minimumCapacity: minimumCapacity)
        }
        if buffer.capacity < minimumCapacity { buffer.reserveCapacity(minimumCapacity) }
        return buffer
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, freeState)
        return key
    }()

    /// The calling thread's state, made on first use.
    @inline(__always)
    package static var current: UnsafeMutablePointer<PipelineThreadState> {
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
