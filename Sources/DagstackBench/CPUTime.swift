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
