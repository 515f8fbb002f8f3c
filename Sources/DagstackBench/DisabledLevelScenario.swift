import DagstackBackend
import DagstackCore
import Logging

/// Scenario 1: `debug` on a `DagstackLogHandler` logger configured at `info`: ns per call and heap
/// allocations per call (the interposed malloc counter), over 10x the record count.
let disabledLevelScenario = SuiteScenario(
    name: "1-disabled",
    summary: "disabled level (debug at info) through DagstackLogHandler: ns/call, allocations/call",
    primary: "ns_per_call"
) { options in
    guard let sink = try? FileSink(path: options.directory + "/disabled.jsonl") else { return [] }
    let logger = Logger(label: "bench", factory: DagstackLogHandler.factory(sinks: [sink], rootLevel: .info))
    let calls = options.records * 10
    for number in 0..<calls / 10 { logRequestAtDebug(logger, number) }  // warm-up
    let clock = ContinuousClock()
    let allocationsBefore = allocationCount()
    let start = clock.now
    for number in 0..<calls { logRequestAtDebug(logger, number) }
    let elapsed = clock.now - start
    let allocations = allocationCount() - allocationsBefore
    sink.close()
    return [
        ("ns_per_call", nanoseconds(elapsed) / Double(calls)),
        ("allocations_per_call", Double(allocations) / Double(calls)),
        ("lines_written", Double(sink.counters?.delivered ?? -1)),
    ]
}
