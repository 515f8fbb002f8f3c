import Foundation

/// The process environment as a dictionary.
enum ProcessEnvironment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}

/// Seconds on a monotonic clock.
enum MonotonicClock {
    static func now() -> Double {
        let instant = ContinuousClock.now
        let components = (instant - ContinuousClock.Instant.zeroReference).components
        return Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension ContinuousClock.Instant {
    /// A fixed instant to measure from.
    fileprivate static let zeroReference = ContinuousClock.now
}
