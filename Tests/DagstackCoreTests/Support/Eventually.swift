import Dispatch
import Foundation
import Glibc

/// Waits (yielding, not sleeping on a timer) until `condition` holds or `timeout` passes.
func eventually(within timeout: Duration = .seconds(10), _ condition: () -> Bool) -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while clock.now < deadline {
        if condition() { return true }
        sched_yield()
    }
    return condition()
}

/// Runs `body` on a new thread; the returned semaphore is signalled when it returns.
@discardableResult
func onNewThread(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    Thread {
        body()
        done.signal()
    }.start()
    return done
}
