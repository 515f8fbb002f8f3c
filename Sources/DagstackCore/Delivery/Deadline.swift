internal import Dispatch

/// A point on the monotonic clock, for waits bounded by one deadline.
package struct Deadline: Sendable {
    package let uptimeNanoseconds: UInt64

    package init(uptimeNanoseconds: UInt64) {
        self.uptimeNanoseconds = uptimeNanoseconds
    }

    /// Now plus `timeout` (negative timeouts mean now), saturating instead of overflowing.
    package static func after(_ timeout: Duration) -> Deadline {
        let now = DispatchTime.now().uptimeNanoseconds
        let (sum, overflow) = now.addingReportingOverflow(timeout.saturatingNanoseconds)
        return Deadline(uptimeNanoseconds: overflow ? UInt64.max : sum)
    }

    var dispatchTime: DispatchTime {
        DispatchTime(uptimeNanoseconds: uptimeNanoseconds)
    }
}

extension Duration {
    /// The duration in whole nanoseconds, 0 when negative, `UInt64.max` when too large.
    package var saturatingNanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        let (sum, overflow2) = whole.addingReportingOverflow(UInt64(max(0, attoseconds) / 1_000_000_000))
        return overflow2 ? .max : sum
    }
}
