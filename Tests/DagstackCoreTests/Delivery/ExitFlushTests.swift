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
