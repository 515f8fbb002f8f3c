import Foundation
import Testing

@testable import DagstackCore

struct SinkFanOutTests {
    private typealias F = FileFixtures

    @Test
    func aStalledSinkDelaysNeitherTheCallerNorTheOtherSinksAndFailsTheFlushInTime() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("fan.jsonl").path
            let stalled = StalledSink(capacity: 16)
            defer { stalled.unstick() }
            let memory = InMemorySink(capacity: 1000)
            let file = try F.quietFileSink(path).0
            let fanOut = SinkFanOut([memory, stalled, file])
            for number in 0..<500 { fanOut.emit(F.record(number)) }  // returns: the caller never blocks

            let clock = ContinuousClock()
            let start = clock.now
            let result = fanOut.flush(timeout: .milliseconds(200))
            let elapsed = clock.now - start
            #expect(elapsed < .milliseconds(400))
            #expect(!result.success)
            #expect(result.partial)
            #expect(result.failedSinks.map(\.id) == [stalled.id])
            #expect(result.failedSinks.first?.error.code == .timedOut)
            #expect(memory.records().count == 500)
            #expect(F.numbers(path) == Array(0..<500))
            #expect(stalled.counters?.droppedQueueOverflow ?? 0 > 0)

            let closed = fanOut.close(timeout: .seconds(2))
            #expect(closed.failedSinks.map(\.id) == [stalled.id])
            for sink in fanOut.sinks {
                let counters = try #require(sink.counters)
                #expect(counters.delivered + counters.dropped == counters.emitted)
            }
        }
    }

    @Test
    func aSinkThatIgnoresItsTimeoutIsReportedAndDoesNotHoldTheCaller() {
        let unresponsive = UnresponsiveSink()
        defer { unresponsive.release() }
        let memory = InMemorySink()
        let fanOut = SinkFanOut([unresponsive, memory])
        let clock = ContinuousClock()
        let start = clock.now
        let result = fanOut.flush(timeout: .milliseconds(100))
        #expect(clock.now - start < .milliseconds(400))
        #expect(result.failedSinks.map(\.id) == [unresponsive.id])
        #expect(result.partial)
    }

    @Test
    func recordsGoOnlyToSinksThatSupportTheirSeverity() {
        let all = InMemorySink()
        let errors = InMemorySink(minSeverity: .error)
        let fanOut = SinkFanOut([all, errors])
        fanOut.emit(F.record(1, severity: .debug))
        fanOut.emit(F.record(2, severity: .fatal))
        #expect(all.bodies == ["record 1", "record 2"])
        #expect(errors.bodies == ["record 2"])
        #expect(fanOut.flush(timeout: .seconds(1)) == .succeeded)
    }

    @Test
    func countersAreKeyedBySinkID() {
        let first = InMemorySink()
        let second = InMemorySink()
        let fanOut = SinkFanOut([first, second, UnresponsiveSink()])
        fanOut.emit(F.record(1))
        #expect(fanOut.counters.count == 2)
        #expect(fanOut.counters[first.id]?.delivered == 1)
        #expect(fanOut.counters[second.id]?.emitted == 1)
    }

    @Test
    func anEmptyFanOutSucceeds() {
        #expect(SinkFanOut([]).flush(timeout: .zero).success)
    }
}
