/// The rate limit of progress ticks, as a pure state machine: a tick passes when at least
/// `minInterval` has gone by since the last record (the started one included); the end passes
/// exactly once and closes the throttle.
struct ProgressThrottle: Sendable, Equatable {
    let minIntervalNanoseconds: UInt64
    private(set) var lastEmitted: UInt64
    private(set) var isEnded = false
    /// Ticks suppressed since the last one written.
    private(set) var suppressed = 0

    init(minIntervalNanoseconds: UInt64, start: UInt64) {
        self.minIntervalNanoseconds = minIntervalNanoseconds
        self.lastEmitted = start
    }

    /// Whether a tick at monotonic time `now` is written; a written tick resets the interval.
    mutating func admitTick(now: UInt64) -> Bool {
        guard !isEnded else { return false }
        guard now >= lastEmitted, now - lastEmitted >= minIntervalNanoseconds else {
            suppressed += 1
            return false
        }
        lastEmitted = now
        suppressed = 0
        return true
    }

    /// Whether the end (completed or failed) is written: true the first time only.
    mutating func admitEnd() -> Bool {
        guard !isEnded else { return false }
        isEnded = true
        return true
    }
}
