import DagstackCore
import DagstackLogger

/// Scenario 4: the dagstack-native `Logger` into an async FileSink (block on full), timed until
/// the registry's `shutdown` returns.
let nativeLoggerScenario = SuiteScenario(
    name: "4-native",
    summary: "native DagstackLogger.Logger -> FileSink (async, block on full), until shutdown returns",
    primary: "records_per_s"
) { options in
    _ = writeNative(path: options.directory + "/warm.jsonl", records: options.records / 100)
    let clock = ContinuousClock()
    let start = clock.now
    guard let counters = writeNative(path: options.directory + "/native.jsonl", records: options.records)
    else { return [] }
    let elapsed = nanoseconds(clock.now - start)
    return [
        ("records_per_s", Double(counters.delivered) / elapsed * 1e9),
        ("ns_per_record", elapsed / Double(options.records)),
        ("dropped", Double(counters.dropped)),
    ]
}

/// Writes `records` records through a native logger on a registry of its own and shuts it down.
private func writeNative(path: String, records: Int) -> SinkCounters? {
    guard let sink = try? FileSink(path: path, delivery: DeliveryOptions(overflow: .block)) else { return nil }
    let registry = LoggerRegistry()
    guard (try? registry.configure(rootLevel: "INFO", sinks: [sink])) != nil else { return nil }
    let logger = Logger.get("bench", registry: registry)
    for number in 0..<records {
        logger.info(
            "request handled",
            attributes: [
                "request.id": .string(Workload.requestID(number)),
                "user.id": .int(Int64(Workload.userID(number))),
                "path": "/api/v1/orders",
                "status": 200,
                "duration_ms": 12.345,
            ]
        )
    }
    registry.shutdown()
    return sink.counters
}
