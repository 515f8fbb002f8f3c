import DagstackBackend
import DagstackCore
import Logging

/// Scenario 6: the caller's latency of every call of scenario 3, stored into a preallocated
/// array. The main figures use a FileSink's default delivery (8,192 records, drop oldest: what
/// `DagstackBackend.bootstrap(sinks: [FileSink(path:)])` gives); the `block_` figures repeat the
/// run with scenario 3's blocking queue, where a caller faster than the worker waits for room.
let latencyScenario = SuiteScenario(
    name: "6-latency",
    summary: "caller latency of every scenario-3 call (default FileSink delivery; block_: blocking queue)",
    primary: "p50_ns"
) { options in
    BackendSetup.warmUp(directory: options.directory, records: options.records / 100)
    guard let sink = try? FileSink(path: options.directory + "/latency.jsonl"),
        let logger = BackendSetup.bootstrap(sink: sink)
    else { return [] }
    let recorder = LatencyRecorder.timing(logger, calls: options.records)
    DagstackBackend.shutdown()
    let blocking = blockingLatencies(directory: options.directory, records: options.records)
    let timer = ("timer_p50_ns", LatencyRecorder.timerOverhead())
    return recorder.percentiles(prefix: "") + [timer] + BackendSetup.counterMetrics(sink) + blocking
}

/// The same run on a private registry whose FileSink blocks the caller when its queue is full.
private func blockingLatencies(directory: String, records: Int) -> [(String, Double)] {
    let path = directory + "/latency-block.jsonl"
    let blocking = DeliveryOptions(overflow: .block)
    guard let (logger, registry, sink) = BackendSetup.privateLogger(path: path, delivery: blocking) else { return [] }
    let recorder = LatencyRecorder.timing(logger, calls: records)
    registry.shutdown()
    return recorder.percentiles(prefix: "block_") + [("block_dropped", Double(sink.counters?.dropped ?? -1))]
}
