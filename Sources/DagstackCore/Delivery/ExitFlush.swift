internal import Dispatch
internal import Glibc
internal import Synchronization

/// Writes what the sinks' queues still hold when the process exits normally (`exit`, or a return
/// from `main`): an exit hook flushes every live delivery engine, all of them within ``timeout``.
///
/// Without it, lines logged just before a program ends would die with the sinks' worker threads
/// unless the program called `shutdown` — and a worker waiting out its batch delay makes that
/// window a millisecond wide. A sink that stalls delays the exit by ``timeout`` at most.
final class ExitFlush: Sendable {
    /// The process's hook, which every delivery engine joins when it starts.
    static let shared = ExitFlush(installsHook: true)

    /// How long the exit hook waits for all the sinks together.
    static let timeout = Duration.seconds(2)

    private let registry = Mutex(Registry())
    private let installsHook: Bool

    /// A flush list of its own; only ``shared`` installs the exit hook (others are for tests).
    init(installsHook: Bool = false) {
        self.installsHook = installsHook
    }

    private struct Registry: ~Copyable {
        var entries: [Entry] = []
        var hookInstalled = false
    }

    /// A weak reference, so a sink that is closed and released is not kept alive by the hook.
    private final class Entry: Sendable {
        weak let engine: (any ExitFlushable)?

        init(_ engine: any ExitFlushable) {
            self.engine = engine
        }
    }

    /// Includes `engine` in the flush at exit (``shared`` installs the hook on the first call).
    func register(_ engine: any ExitFlushable) {
        let installHook = registry.withLock { registry in
            registry.entries.removeAll { $0.engine == nil }
            registry.entries.append(Entry(engine))
            defer { registry.hookInstalled = true }
            return installsHook && !registry.hookInstalled
        }
        if installHook {
            atexit { ExitFlush.shared.flushAll() }
        }
    }

    /// How many registered engines are still alive.
    var liveCount: Int {
        registry.withLock { registry in registry.entries.count { $0.engine != nil } }
    }

    /// Flushes every live engine until one shared deadline: all of them are started first, so they
    /// write at once and a stalled one does not use up the others' time. Nothing is reported.
    func flushAll() {
        let engines = registry.withLock { $0.entries.compactMap(\.engine) }
        let started = engines.compactMap { engine in engine.beginExitFlush().map { (engine, $0) } }
        let deadline = Deadline.after(Self.timeout)
        for (engine, semaphore) in started {
            engine.endExitFlush(semaphore, until: deadline)
        }
    }
}

/// A delivery engine as the exit hook sees it.
protocol ExitFlushable: AnyObject, Sendable {
    /// Starts a flush of everything accepted so far; `nil` when there is nothing to wait for.
    func beginExitFlush() -> DispatchSemaphore?
    /// Waits for the flush `beginExitFlush` started until `deadline`, reporting nothing.
    func endExitFlush(_ semaphore: DispatchSemaphore, until deadline: Deadline)
}

extension DeliveryEngine: ExitFlushable {}
