import DagstackBackend
import DagstackCore
import Logging

/// Scenario 6: the caller's latency of every call of scenario 3 (the default delivery options of
/// a FileSink: 8,192 records, drop oldest), stored into a preallocated array.
let latencyScenario = SuiteScenario(
    name: "6-latency",
    summary: "caller latency of every scenario-3 call (default FileSink delivery): p50/p99/p99.9/max",
    primary: "p99_ns"
) { options in
    BackendSetup.warmUp(directory: options.directory, records: options.records / 100)
    guard let sink = try? FileSink(path: options.directory + "/latency.jsonl"),
        let logger = BackendSetup.bootstrap(sink: sink)
    else { return [] }
    var recorder = LatencyRecorder(capacity: options.records)
    for number in 0..<options.records {
        recorder.time { logRequest(logger, number) }
    }
    DagstackBackend.shutdown()
    return recorder.percentiles(prefix: "") + BackendSetup.counterMetrics(sink)
}
