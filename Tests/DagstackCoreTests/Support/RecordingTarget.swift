import Dispatch
import Synchronization

@testable import DagstackCore

/// A delivery target that records the integers it is given; it can stall or fail on demand.
final class RecordingTarget: DeliveryTarget {
    typealias Element = Int

    let delivered = Mutex<[Int]>([])
    let batchSizes = Mutex<[Int]>([])
    let finished = Mutex(false)
    /// When set, `deliver` waits on it before recording (a stalled destination).
    let gate: DispatchSemaphore?
    /// When set, every delivery fails with this message and delivers nothing.
    let failure: String?

    init(gate: DispatchSemaphore? = nil, failure: String? = nil) {
        self.gate = gate
        self.failure = failure
    }

    func deliver(_ batch: inout QueueBatch<Int>) -> DeliveryReport {
        gate?.wait()
        batchSizes.withLock { $0.append(batch.count) }
        if let failure {
            return DeliveryReport(droppedSinkError: batch.count, failure: failure)
        }
        delivered.withLock { $0.append(contentsOf: batch) }
        return DeliveryReport(delivered: batch.count)
    }

    func finish() {
        finished.withLock { $0 = true }
    }

    var values: [Int] { delivered.withLock { $0 } }
}

// Safe: the mutable state is in Mutexes; `gate` and `failure` are immutable.
extension RecordingTarget: @unchecked Sendable {}
