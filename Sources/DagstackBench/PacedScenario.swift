import DagstackBackend
import DagstackCore
import Logging

/// Scenario 9: scenario 3's call at a steady 100k records/s, the rate of a busy server rather
/// than a flood: what logging costs the calling thread per call, and how much CPU the FileSink's
/// worker spends per record. Run twice in the child, with the default batch delay and with
/// `batchDelay: .zero` (the worker writes whatever is queued as soon as it is free).
let pacedScenario = SuiteScenario(
    name: "9-paced",
    summary: "scenario 3's call paced at 100k records/s: caller p50, worker CPU per record (and with batchDelay .zero)",
    primary: "worker_cpu_ns_per_record"
) { options in
    BackendSetup.warmUp(directory: options.directory, records: options.records / 100)
    let records = max(1000, options.records / 5)
    return pacedRun(directory: options.directory, records: records, delivery: DeliveryOptions(), prefix: "")
        + pacedRun(
            directory: options.directory,
            records: records,
            delivery: DeliveryOptions(batchDelay: .zero),
            prefix: "nodelay_"
        )
}

/// One paced run on a private registry; the calling thread waits for each record's slot by
/// polling the clock, as a thread busy with other work between log calls.
private func pacedRun(directory: String, records: Int, delivery: DeliveryOptions, prefix: String) -> [(String, Double)]
{
    let path = directory + "/paced-\(prefix)\(delivery.batchDelay).jsonl"
    guard let sink = try? FileSink(path: path, delivery: delivery) else { return [] }
    let registry = LoggerRegistry()
    guard (try? registry.configure(rootLevel: "INFO", sinks: [sink])) != nil else { return [] }
    let logger = Logger(label: "bench") { label in DagstackLogHandler(label: label, registry: registry) }
    let interval: UInt64 = 10_000  // 100k records/s
    var recorder = LatencyRecorder(capacity: records)
    let (processStart, callerStart) = (CPUTime.process(), CPUTime.thread())
    let start = LatencyRecorder.now()
    for number in 0..<records {
        let slot = start + UInt64(number) * interval
        while LatencyRecorder.now() < slot {}
        recorder.time { logRequest(logger, number) }
    }
    registry.shutdown()
    let elapsed = Double(LatencyRecorder.now() - start)
    let workerCPU = (CPUTime.process() - processStart) - (CPUTime.thread() - callerStart)
    let counters = sink.counters ?? SinkCounters()
    return recorder.percentiles(prefix: prefix) + [
        ("\(prefix)records_per_s", Double(counters.delivered) / elapsed * 1e9),
        ("\(prefix)worker_cpu_ns_per_record", workerCPU / Double(records)),
        ("\(prefix)worker_core_share", workerCPU / elapsed),
        ("\(prefix)dropped", Double(counters.dropped)),
    ]
}
