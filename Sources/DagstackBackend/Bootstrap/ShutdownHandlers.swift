internal import DagstackCore
internal import Dispatch
internal import Glibc
internal import Synchronization

/// The signal sources and the exit hook of ``DagstackBackend/installShutdownHandlers(timeout:)``.
enum ShutdownHandlers {
    private static let sources = Mutex<[(signal: Int32, source: any DispatchSourceSignal)]>([])
    /// The latest `install` timeout, read by the `atexit` hook (which cannot capture) and by the
    /// signal handlers.
    private static let timeoutNanoseconds = Atomic<Int64>(2_000_000_000)

    static func install(timeout: Duration) {
        timeoutNanoseconds.store(Int64(clamping: timeout.saturatingNanoseconds), ordering: .relaxed)
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
                    LoggerRegistry.shared.shutdown(timeout: ShutdownHandlers.configuredTimeout)
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
            atexit { LoggerRegistry.shared.shutdown(timeout: ShutdownHandlers.configuredTimeout) }
        }
    }

    private static var configuredTimeout: Duration {
        .nanoseconds(timeoutNanoseconds.load(ordering: .relaxed))
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

}
