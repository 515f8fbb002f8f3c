import DagstackBackend
import DagstackCore
import Logging

/// Scenario 0, where the caller's time goes: the issue-8 call (1) into a handler that discards
/// the event (the facade and the call-site metadata alone), (2) through DagstackLogHandler into a
/// sink that discards the record (record building, conversion, redaction, fan-out: the backend's
/// caller-side cost without the queue), (3) the same without code location; and (4) the FileSink
/// worker's time per record on its own: records queued while the worker is held, then timed from
/// its release until a flush returns (encoding, write, freeing). (2) also destroys each record on
/// the caller, its attribute buffer included (a FileSink's worker hands them back to the pool
/// instead), so it is not scenario 6 without the queue: it can come out slower.
let breakdownScenario = SuiteScenario(
    name: "0-breakdown",
    summary:
        "caller cost by stage: facade only, + DagstackLogHandler to a discarding sink (with/without code location)",
    primary: "backend_null_sink_ns"
) { options in
    let registry = LoggerRegistry()
    try? registry.configure(rootLevel: "INFO", sinks: [DiscardingSink()])
    let facadeOnly = Logger(label: "bench") { _ in DiscardingHandler() }
    let backend = Logger(label: "bench") { label in DagstackLogHandler(label: label, registry: registry) }
    let withoutCode = Logger(label: "bench") { label in
        DagstackLogHandler(label: label, registry: registry, includeCodeLocation: false)
    }
    return [
        ("facade_only_ns", timeCalls(facadeOnly, records: options.records)),
        ("backend_null_sink_ns", timeCalls(backend, records: options.records)),
        ("backend_null_sink_no_code_location_ns", timeCalls(withoutCode, records: options.records)),
        ("worker_ns_per_record", workerTime(directory: options.directory, records: min(options.records, 200_000))),
        // The first two stages timed call by call, as scenario 6 times its calls.
        ("facade_only_p50_ns", medianLatency(facadeOnly, records: options.records)),
        ("backend_null_sink_p50_ns", medianLatency(backend, records: options.records)),
    ]
}

/// The p50 of `logRequest` calls timed one by one, as scenario 6 times them.
private func medianLatency(_ logger: Logger, records: Int) -> Double {
    LatencyRecorder.timing(logger, calls: records).p50
}

/// ns per record for a held FileSink worker to write `records` queued records once released.
private func workerTime(directory: String, records: Int) -> Double {
    let delivery = DeliveryOptions(capacity: records, overflow: .block)
    guard let sink = try? FileSink(path: directory + "/worker.jsonl", delivery: delivery) else { return .nan }
    let registry = LoggerRegistry()
    try? registry.configure(rootLevel: "INFO", sinks: [sink])
    let logger = Logger(label: "bench") { label in DagstackLogHandler(label: label, registry: registry) }
    for number in 0..<records / 10 { logRequest(logger, number) }  // warm-up
    _ = sink.flush(timeout: .seconds(30))
    sink.holdWorker()
    for number in 0..<records { logRequest(logger, number) }
    let clock = ContinuousClock()
    let start = clock.now
    sink.releaseWorker()
    _ = sink.flush(timeout: .seconds(60))
    let elapsed = nanoseconds(clock.now - start)
    registry.shutdown()
    return elapsed / Double(records)
}

/// ns per `logRequest` call, after a warm-up of a tenth of the calls.
private func timeCalls(_ logger: Logger, records: Int) -> Double {
    for number in 0..<records / 10 { logRequest(logger, number) }
    let clock = ContinuousClock()
    let start = clock.now
    for number in 0..<records { logRequest(logger, number) }
    return nanoseconds(clock.now - start) / Double(records)
}
