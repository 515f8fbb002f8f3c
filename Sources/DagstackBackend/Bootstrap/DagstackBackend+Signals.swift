internal import DagstackCore
internal import Dispatch
internal import Glibc
internal import Synchronization

extension DagstackBackend {
    /// Flushes and closes the shared registry's sinks when the process gets SIGTERM or SIGINT,
    /// then lets the signal take its default effect (the process ends with that signal), and
    /// when the process exits normally (`exit`, or returning from `main`).
    ///
    /// Opt-in, and idempotent: call it once after bootstrapping. It takes over SIGTERM and SIGINT
    /// (a signal the process ignores, such as SIGINT in a background job, stays ignored) and,
    /// after the flush, restores their previous disposition before delivering the signal again.
    /// If something else in the process handles them (a service lifecycle library), leave this
    /// off and call ``shutdown(timeout:)`` from that shutdown path instead.
    /// The flush runs on a dispatch queue, not inside a signal handler.
    ///
    /// - Parameter timeout: How long the flush may take before the process goes on ending.
    public static func installShutdownHandlers(timeout: Duration = .seconds(2)) {
        ShutdownHandlers.install(timeout: timeout)
    }
}

/// The signal sources and the exit hook of ``DagstackBackend/installShutdownHandlers(timeout:)``.
enum ShutdownHandlers {
    private static let sources = Mutex<[(signal: Int32, source: any DispatchSourceSignal)]>([])
    /// Read by the `atexit` hook, which cannot capture.
    private static let exitTimeoutNanoseconds = Atomic<Int64>(2_000_000_000)

    static func install(timeout: Duration) {
        exitTimeoutNanoseconds.store(nanoseconds(timeout), ordering: .relaxed)
        let isFirst = sources.withLock { sources in
            guard sources.isEmpty else { return false }
            let queue = DispatchQueue(label: "dagstack.backend.shutdown")
            for signalNumber in [SIGTERM, SIGINT] {
                var previous = sigaction()
                sigaction(signalNumber, nil, &previous)
                // A signal the process ignores (SIGINT of a background job) stays ignored.
                if isIgnored(previous) { continue }
                // The dispatch source sees the signal only when its default action is off.
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler {
                    LoggerRegistry.shared.shutdown(timeout: timeout)
                    // Back to what it was (the default: end the process), then deliver it again,
                    // to the process rather than this thread: dispatch threads may block it.
                    var restored = previous
                    sigaction(signalNumber, &restored, nil)
                    kill(getpid(), signalNumber)
                }
                source.resume()
                sources.append((signalNumber, source))
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

    /// The signals the installed handlers watch.
    static var watchedSignals: [Int32] {
        sources.withLock { $0.map(\.signal) }
    }

    /// Whether a disposition is `SIG_IGN` (the handler pointer 1, as glibc defines it).
    private static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: UInt.self) == 1
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : whole.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
