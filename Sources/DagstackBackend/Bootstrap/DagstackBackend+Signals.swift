internal import DagstackCore
internal import Dispatch
internal import Glibc
internal import Synchronization

extension DagstackBackend {
    /// Flushes and closes the shared registry's sinks when the process gets SIGTERM or SIGINT,
    /// then lets the signal take its default effect (the process ends with that signal), and
    /// when the process exits normally (`exit`, or returning from `main`).
    ///
    /// Opt-in, and idempotent: call it once after bootstrapping. It replaces the disposition of
    /// SIGTERM and SIGINT; if something else in the process owns them (a service lifecycle
    /// library), leave this off and call ``shutdown(timeout:)`` from that shutdown path instead.
    /// The flush runs on a dispatch queue, not inside a signal handler.
    ///
    /// - Parameter timeout: How long the flush may take before the process goes on ending.
    public static func installShutdownHandlers(timeout: Duration = .seconds(2)) {
        ShutdownHandlers.install(timeout: timeout)
    }
}

/// The signal sources and the exit hook of ``DagstackBackend/installShutdownHandlers(timeout:)``.
enum ShutdownHandlers {
    private static let sources = Mutex<[any DispatchSourceSignal]>([])
    /// Read by the `atexit` hook, which cannot capture.
    private static let exitTimeoutNanoseconds = Atomic<Int64>(2_000_000_000)

    static func install(timeout: Duration) {
        exitTimeoutNanoseconds.store(nanoseconds(timeout), ordering: .relaxed)
        let isFirst = sources.withLock { sources in
            guard sources.isEmpty else { return false }
            let queue = DispatchQueue(label: "dagstack.backend.shutdown")
            for signalNumber in [SIGTERM, SIGINT] {
                // The dispatch source sees the signal only when its default action is off.
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler {
                    LoggerRegistry.shared.shutdown(timeout: timeout)
                    signal(signalNumber, SIG_DFL)
                    // To the process, not this thread: dispatch threads may block the signal.
                    kill(getpid(), signalNumber)
                }
                source.resume()
                sources.append(source)
            }
            return true
        }
        if isFirst {
            atexit {
                let nanoseconds = ShutdownHandlers.exitTimeoutNanoseconds.load(ordering: .relaxed)
                LoggerRegistry.shared.shutdown(timeout: .nanoseconds(nanoseconds))
            }
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : whole.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
