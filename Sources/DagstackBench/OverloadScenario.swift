import DagstackBackend
import DagstackCore
import Logging

/// Scenario 7, overload: scenario 3 with the FileSink's worker held (a stalled disk) and the
/// default delivery options (8,192 records, drop oldest). Caller latency of every call, peak RSS
/// of the child, and the drop accounting: `dropped == emitted - delivered`, with `delivered`
/// equal to the lines in the file.
let overloadScenario = SuiteScenario(
    name: "7-overload",
    summary: "worker stalled, default queue (drop oldest): caller p99.9, peak RSS, exact drop accounting",
    primary: "p999_ns"
) { options in
    BackendSetup.warmUp(directory: options.directory, records: options.records / 100)
    guard let sink = try? FileSink(path: options.directory + "/overload.jsonl"),
        let logger = BackendSetup.bootstrap(sink: sink)
    else { return [] }
    sink.holdWorker()
    let recorder = LatencyRecorder.timing(logger, calls: options.records)
    sink.releaseWorker()
    DagstackBackend.shutdown()
    let lines = lineCount(sink.path)
    let counters = sink.counters ?? SinkCounters()
    return recorder.percentiles(prefix: "") + BackendSetup.counterMetrics(sink) + [
        ("file_lines", Double(lines)),
        ("lines_match_delivered", lines == counters.delivered ? 1 : 0),
    ]
}
