import Testing

@testable import DagstackCore

struct RateLimiterTests {
    private let second: UInt64 = 1_000_000_000

    @Test
    func aKeyPassesOncePerSecondAndTheNextCarriesTheSuppressedCount() {
        var limiter = RateLimiter()
        #expect(limiter.admit(key: "a", now: 10 * second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "a", now: 10 * second + 1) == .suppress)
        #expect(limiter.admit(key: "a", now: 10 * second + second / 2) == .suppress)
        #expect(limiter.admit(key: "a", now: 11 * second - 1) == .suppress)
        #expect(limiter.admit(key: "a", now: 11 * second) == .emit(suppressed: 3))
        #expect(limiter.admit(key: "a", now: 13 * second) == .emit(suppressed: 0))
    }

    @Test
    func keysAreLimitedIndependently() {
        var limiter = RateLimiter()
        #expect(limiter.admit(key: "a", now: second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "b", now: second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "a", now: second + 5) == .suppress)
        #expect(limiter.admit(key: "b", now: second + 5) == .suppress)
    }

    @Test
    func forgettingIdleKeysKeepsPendingSuppressedCounts() {
        var limiter = RateLimiter(maxKeys: 3)
        #expect(limiter.admit(key: "a", now: second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "a", now: second + 1) == .suppress)
        #expect(limiter.admit(key: "b", now: second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "c", now: 5 * second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "d", now: 5 * second) == .emit(suppressed: 0))
        #expect(limiter.admit(key: "a", now: 5 * second) == .emit(suppressed: 1))
        #expect(limiter.admit(key: "c", now: 5 * second) == .suppress)
    }
}
