import DagstackBackend
import DagstackCore
import Logging

/// Scenario 3: the facade into DagstackBackend into an async FileSink, timed from the first call
/// until `DagstackBackend.shutdown` returns (every record in the file). The sink's queue blocks
/// the caller when full instead of dropping, so the rate counts every record written. The
/// `varied_` figures repeat the run with each call's dictionary in storage of its own.
let backendScenario = SuiteScenario(
    name: "3-backend",
    summary: "facade -> DagstackBackend -> FileSink (async, block on full), until shutdown returns "
        + "(varied_: each call's dictionary in storage of its own, as in a server)",
    primary: "records_per_s"
) { options in
    BackendSetup.warmUp(directory: options.directory, records: options.records / 100)
    let delivery = DeliveryOptions(overflow: .block)
    guard let sink = try? FileSink(path: options.directory + "/backend.jsonl", delivery: delivery),
        let logger = BackendSetup.bootstrap(sink: sink)
    else { return [] }
    let run = TimedRun {
        for number in 0..<options.records { logRequest(logger, number) }
    } shutdown: {
        DagstackBackend.shutdown()
    }
    let counters = sink.counters ?? SinkCounters()
    return [
        ("records_per_s", Double(counters.delivered) / run.elapsed * 1e9),
        ("ns_per_record", run.elapsed / Double(options.records)),
        ("caller_ns_per_record", run.calling / Double(options.records)),
        ("shutdown_ms", (run.elapsed - run.calling) / 1e6),
        ("caller_cpu_ns_per_record", run.callerCPU / Double(options.records)),
        ("worker_cpu_ns_per_record", run.workerCPU / Double(options.records)),
        ("bytes_per_record", Double(fileSize(sink.path)) / Double(max(1, counters.delivered))),
    ] + BackendSetup.counterMetrics(sink) + variedOrderRun(directory: options.directory, records: options.records)
}

/// The same run with each call's metadata dictionary in storage of its own (see
/// `logRequest(_:_:keepingMetadataIn:)`), on a private registry: `varied_` metrics. It runs after
/// the main run in the same process (warmed by it), and its caller's CPU includes the workload's
/// extra cost (the ring's stores, freeing a dictionary 64 calls old): compare `varied_` figures
/// between builds, not with the main run's.
private func variedOrderRun(directory: String, records: Int) -> [(String, Double)] {
    let path = directory + "/backend-varied.jsonl"
    let blocking = DeliveryOptions(overflow: .block)
    guard let (logger, registry, sink) = BackendSetup.privateLogger(path: path, delivery: blocking) else { return [] }
    var ring = [Logger.Metadata](repeating: [:], count: 64)
    let run = TimedRun {
        for number in 0..<records { logRequest(logger, number, keepingMetadataIn: &ring) }
    } shutdown: {
        registry.shutdown()
    }
    let delivered = sink.counters?.delivered ?? 0
    return [
        ("varied_records_per_s", Double(delivered) / run.elapsed * 1e9),
        ("varied_caller_cpu_ns_per_record", run.callerCPU / Double(records)),
        ("varied_worker_cpu_ns_per_record", run.workerCPU / Double(records)),
    ] + BackendSetup.counterMetrics(sink).map { ("varied_" + $0.0, $0.1) }
}
