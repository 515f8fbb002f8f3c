import Dispatch
import Foundation
import Testing

@testable import DagstackCore

/// The exit hook's flush: what a sink still queues is written when the process exits. Each test
/// uses a flush list of its own: flushing the process's would end other tests' lingers.
struct ExitFlushTests {
    @Test
    func theExitFlushWritesWhatALingeringSinkHolds() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("exit.jsonl").path
            // A minute's batch delay: only the flush can get these lines written in time.
            let sink = try FileSink(path: path, delivery: DeliveryOptions(batchDelay: .seconds(60)))
            let hook = ExitFlush()
            hook.register(sink.engine)
            for index in 0..<3 {
                sink.emit(LogRecord(timeUnixNano: 1, severity: .info, body: .string("line \(index)")))
            }
            #expect(eventually { sink.engine.workerIsLingering })
            hook.flushAll()
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3)
            #expect(sink.counters?.delivered == 3)
            sink.close()
        }
    }

    @Test
    func aStalledSinkCostsTheOthersNeitherTheirLinesNorAReport() throws {
        try withTemporaryDirectory { directory in
            let hook = ExitFlush()
            // First in the list: a destination that stalls as soon as it is written to.
            let gate = DispatchSemaphore(value: 0)
            let events = EventLog()
            let stalled = DeliveryEngine(
                sinkID: "test:stalled",
                target: RecordingTarget(gate: gate),
                options: DeliveryOptions(capacity: 100, batchDelay: .seconds(60)),
                events: events.handler
            )
            hook.register(stalled)
            stalled.submit(1)
            // Then a healthy file sink holding three lines for a minute.
            let path = directory.appendingPathComponent("healthy.jsonl").path
            let sink = try FileSink(path: path, delivery: DeliveryOptions(batchDelay: .seconds(60)))
            hook.register(sink.engine)
            for index in 0..<3 {
                sink.emit(LogRecord(timeUnixNano: 1, severity: .info, body: .string("line \(index)")))
            }
            #expect(eventually { stalled.workerIsLingering && sink.engine.workerIsLingering })
            hook.flushAll()  // returns after the 2 s the stalled sink is given
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3)
            #expect(!events.all.contains { if case .flushTimedOut = $0 { true } else { false } })
            gate.signal()
            stalled.close()
            sink.close()
        }
    }

    @Test
    func aSinkAlreadyClosingOrWithNothingQueuedIsNotWaitedFor() {
        let idle = DeliveryEngine(
            sinkID: "test:idle",
            target: RecordingTarget(),
            options: DeliveryOptions(),
            events: EventLog().handler
        )
        #expect(idle.beginExitFlush() == nil)
        idle.close()
        let gate = DispatchSemaphore(value: 0)
        let closing = DeliveryEngine(
            sinkID: "test:closing",
            target: RecordingTarget(gate: gate),
            options: DeliveryOptions(closeTimeout: .seconds(60)),
            events: EventLog().handler
        )
        closing.submit(1)
        closing.closeInBackground()  // its close, not the exit flush, decides how long to wait
        #expect(closing.beginExitFlush() == nil)
        gate.signal()
        closing.close()
    }

    @Test
    func aClosedSinkIsNotKeptForTheExitFlush() throws {
        try withTemporaryDirectory { directory in
            let hook = ExitFlush()
            do {
                let sink = try FileSink(path: directory.appendingPathComponent("closed.jsonl").path)
                hook.register(sink.engine)
                #expect(hook.liveCount == 1)
                sink.close()
            }
            // The hook holds its engines weakly: once the sink is closed and released (its worker
            // gone), nothing keeps its engine alive.
            #expect(eventually { hook.liveCount == 0 })
            hook.flushAll()
        }
    }
}
