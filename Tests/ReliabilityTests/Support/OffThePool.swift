import Foundation

/// Runs blocking work (threads joined, processes waited for, sinks closed) on a thread of its own.
///
/// A synchronous test body runs on one of the few threads of Swift's cooperative pool (two on a
/// two-core machine); blocking it for seconds starves the async tests running beside it, whose
/// sleeps then overrun (the CLI's follow test timed out that way). The work returns what it
/// observed; the test checks it on its own task, where Swift Testing attributes the issues.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
