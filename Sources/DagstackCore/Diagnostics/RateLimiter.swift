/// Per-key rate limiting of internal diagnostics, as a pure state machine: a key passes at most
/// once per interval, and the next one to pass carries how many were suppressed in between.
package struct RateLimiter: Sendable, Equatable {
    /// What to do with one diagnostic.
    package enum Verdict: Sendable, Equatable {
        /// Write it, noting `suppressed` earlier ones of the same key that were not written.
        case emit(suppressed: Int)
        /// Do not write it (it is counted for the next one).
        case suppress
    }

    private struct Entry: Sendable, Equatable {
        var lastEmitted: UInt64
        var suppressed: Int
    }

    /// The minimum time between two diagnostics of one key, in nanoseconds.
    package let intervalNanoseconds: UInt64
    /// How many keys are remembered before idle ones are forgotten.
    package let maxKeys: Int
    private var entries: [String: Entry] = [:]

    package init(intervalNanoseconds: UInt64 = 1_000_000_000, maxKeys: Int = 1024) {
        self.intervalNanoseconds = intervalNanoseconds
        self.maxKeys = max(1, maxKeys)
    }

    /// Decides about one diagnostic of `key` at monotonic time `now` (nanoseconds).
    package mutating func admit(key: String, now: UInt64) -> Verdict {
        if var entry = entries[key] {
            guard now &- entry.lastEmitted >= intervalNanoseconds || now < entry.lastEmitted else {
                entry.suppressed += 1
                entries[key] = entry
                return .suppress
            }
            entries[key] = Entry(lastEmitted: now, suppressed: 0)
            return .emit(suppressed: entry.suppressed)
        }
        if entries.count >= maxKeys { forgetIdle(now: now) }
        entries[key] = Entry(lastEmitted: now, suppressed: 0)
        return .emit(suppressed: 0)
    }

    private mutating func forgetIdle(now: UInt64) {
        entries = entries.filter { now &- $0.value.lastEmitted < intervalNanoseconds || $0.value.suppressed > 0 }
        if entries.count >= maxKeys { entries.removeAll() }
    }
}
