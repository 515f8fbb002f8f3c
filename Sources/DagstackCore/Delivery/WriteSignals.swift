internal import Glibc

/// Keeps the signals a failing `write` raises, SIGPIPE (the reader of a pipe or socket went away)
/// and SIGXFSZ (the file-size limit was reached), from killing the process, without touching the
/// process-wide signal dispositions, which belong to the application.
///
/// A signal raised by `write` is sent to the writing thread; while that thread blocks it, `write`
/// simply fails with EPIPE or EFBIG, and the signal stays pending on the thread, where it is
/// consumed with `sigtimedwait` so that it can never reach anyone later.
package enum WriteSignals {
    /// Blocks SIGPIPE and SIGXFSZ in the calling thread for the rest of its life (sink workers).
    package static func blockInCurrentThread() {
        var set = signalSet()
        _ = pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Runs `body` (a ``LiveFile/writeAll(_:_:)``, which consumes what a failed write raises) with
    /// SIGPIPE and SIGXFSZ blocked in the calling thread, then restores the thread's mask (for
    /// writes on a caller's thread).
    package static func withBlocked<T>(_ body: () -> T) -> T {
        var set = signalSet()
        var previous = sigset_t()
        _ = pthread_sigmask(SIG_BLOCK, &set, &previous)
        let result = body()
        _ = pthread_sigmask(SIG_SETMASK, &previous, nil)
        return result
    }

    /// Consumes a pending `signal` if there is one (after a failed write on a blocking thread).
    package static func consumePending(_ signal: Int32) {
        var pending = sigset_t()
        guard sigpending(&pending) == 0, sigismember(&pending, signal) == 1 else { return }
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signal)
        var immediately = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&only, nil, &immediately)
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        sigaddset(&set, SIGXFSZ)
        return set
    }
}
