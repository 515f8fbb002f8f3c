import Glibc

/// CPU time consumed so far, in nanoseconds: by the calling thread (`CLOCK_THREAD_CPUTIME_ID`)
/// or by the whole process (`CLOCK_PROCESS_CPUTIME_ID`, every thread, user and system).
enum CPUTime {
    static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    static func process() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
    }
}

/// One run of calls followed by a shutdown that waits for every record: the wall-clock and CPU
/// times scenario 3 reports, in nanoseconds.
struct TimedRun {
    /// From the first call until `shutdown` returned.
    let elapsed: Double
    /// From the first call until the last one returned.
    let calling: Double
    /// The calling thread's CPU until its last call returned.
    let callerCPU: Double
    /// Every other thread's CPU (the sinks' workers, with the kernel's writes on their behalf)
    /// until `shutdown` returned.
    let workerCPU: Double

    @inline(__always)
    init(calls: () -> Void, shutdown: () -> Void) {
        let clock = ContinuousClock()
        let (processStart, callerStart) = (CPUTime.process(), CPUTime.thread())
        let start = clock.now
        calls()
        let emitted = clock.now
        callerCPU = CPUTime.thread() - callerStart
        shutdown()
        let end = clock.now
        workerCPU = CPUTime.process() - processStart - (CPUTime.thread() - callerStart)
        elapsed = nanoseconds(end - start)
        calling = nanoseconds(emitted - start)
    }
}
