import Testing

@testable import DagstackCore

/// The worker's wake-ups as a state machine: after a batch it lingers and producers let records
/// gather up to half the capacity; when idle, the first record wakes it.
struct DeliveryStateWakeTests {
    private func state(capacity: Int = 8) -> DeliveryState<Int> {
        DeliveryState(capacity: capacity, policy: .dropOldest)
    }

    private func admit(_ value: Int, to state: inout DeliveryState<Int>) -> DeliveryState<Int>.Admission {
        var slot: Int? = value
        return state.admit(&slot, isRetry: false)
    }

    private func isLinger(_ step: DeliveryState<Int>.WorkerStep) -> Bool {
        if case .linger = step { return true }
        return false
    }

    private func isSleep(_ step: DeliveryState<Int>.WorkerStep) -> Bool {
        if case .sleep = step { return true }
        return false
    }

    private func deliveredCount(_ step: DeliveryState<Int>.WorkerStep) -> Int? {
        if case .deliver(let batch, _) = step { return batch.count }
        return nil
    }

    @Test
    func anIdleWorkerIsWokenByTheFirstRecord() {
        var state = state()
        var spare: [Int] = []
        let step1 = state.nextStep(recycling: &spare, afterBatch: false)
        #expect(isSleep(step1))
        let step2 = admit(1, to: &state)
        #expect(step2.wakeWorker)
        let step3 = admit(2, to: &state)
        #expect(!step3.wakeWorker)  // already signalled
    }

    @Test(arguments: [1, 2, 8, 9, 8192])
    func aLingeringWorkerIsWokenOnlyAtHalfTheCapacity(capacity: Int) {
        var state = state(capacity: capacity)
        var spare: [Int] = []
        let step4 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step4))
        let threshold = max(1, capacity / 2)
        for value in 1..<threshold {
            let step5 = admit(value, to: &state)
            #expect(!step5.wakeWorker, "record \(value) of threshold \(threshold)")
        }
        let step6 = admit(threshold, to: &state)
        #expect(step6.wakeWorker)
        #expect(!state.workerSleeping && !state.workerLingering)
        let step7 = state.nextStep(recycling: &spare)
        #expect(deliveredCount(step7) == threshold)
    }

    @Test
    func aLingerThatTimesOutLeavesTheWorkerAwakeToTakeWhatGathered() {
        var state = state()
        var spare: [Int] = []
        let step8 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step8))
        let step9 = admit(1, to: &state)
        #expect(!step9.wakeWorker)
        state.endLinger()
        let step10 = admit(2, to: &state)
        #expect(!step10.wakeWorker)  // awake: no signal needed
        let step11 = state.nextStep(recycling: &spare, afterBatch: false)
        #expect(deliveredCount(step11) == 2)
        let step12 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step12))
        state.endLinger()
        let step13 = state.nextStep(recycling: &spare, afterBatch: false)
        #expect(isSleep(step13))
    }

    @Test
    func aFlushWakesALingeringWorkerButNotAnIdleOne() {
        var state = state()
        var spare: [Int] = []
        let step14 = state.nextStep(recycling: &spare, afterBatch: false)
        #expect(isSleep(step14))
        let step15 = state.wakeForFlush()
        #expect(!step15)
        let step16 = admit(1, to: &state)
        #expect(step16.wakeWorker)
        let step17 = state.nextStep(recycling: &spare)
        #expect(deliveredCount(step17) == 1)
        let step18 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step18))
        let step19 = admit(2, to: &state)
        #expect(!step19.wakeWorker)
        let step20 = state.wakeForFlush()
        #expect(step20)
        let step21 = state.wakeForFlush()
        #expect(!step21)  // taken once
    }

    @Test
    func closingWakesALingeringWorker() {
        var state = state()
        var spare: [Int] = []
        let step22 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step22))
        let step23 = state.beginClose()
        #expect(step23.wakeWorker)
    }

    @Test
    func aHeldWorkerSleepsInsteadOfLingering() {
        var state = state()
        var spare: [Int] = []
        state.held = true
        let step24 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isSleep(step24))
        #expect(!state.workerLingering)
    }

    @Test
    func aBlockingQueueWakesALingeringWorkerBeforeItFills() {
        var state = DeliveryState<Int>(capacity: 4, policy: .block)
        var spare: [Int] = []
        let step25 = state.nextStep(recycling: &spare, afterBatch: true)
        #expect(isLinger(step25))
        let step26 = admit(1, to: &state)
        #expect(!step26.wakeWorker)
        let step27 = admit(2, to: &state)
        #expect(step27.wakeWorker)  // half of 4
        let step28 = admit(3, to: &state)
        #expect(!step28.wakeWorker)
        let step29 = admit(4, to: &state)
        #expect(!step29.wakeWorker)
        let blocked = admit(5, to: &state)
        #expect(blocked.waitForRoom)
    }
}
