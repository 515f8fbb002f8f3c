import DagstackCore
import DagstackLogger
import Dispatch
import Foundation

/// `logger`: the caller-side cost of the native `Logger.info` with five attributes through the
/// whole pipeline (policy check, attribute merge, baggage, redaction, trace context, resource,
/// fan-out) into a sink that discards; notes add a disabled level and the end-to-end rate into a
/// FileSink until close.
let loggerScenario = Scenario(
    name: "logger",
    summary: "caller cost of Logger.info with 5 attributes into a discarding sink (target <= 500 ns)"
) { options in
    let registry = LoggerRegistry()
    _ = try? registry.configure(
        rootLevel: "INFO",
        sinks: [DiscardingSink()],
        resourceAttributes: ["service.name": "bench"]
    )
    let logger = Logger.get("bench.api", version: "1.0", registry: registry)
    var number: Int64 = 0
    let enabled = timePerCall(runs: options.runs, iterations: 200_000) {
        number &+= 1
        logger.info(
            "request handled",
            attributes: [
                "request.id": "9f86d081884c7d65", "user.id": .int(number), "path": "/api/v1/orders",
                "status": 200, "duration_ms": 12.345,
            ]
        )
    }
    let disabled = timePerCall(runs: options.runs, iterations: 1_000_000) {
        logger.debug("not written", attributes: ["k": 1])
    }
    let rates = (0..<max(3, options.runs / 2)).map { _ in endToEndRecordsPerSecond(count: 400_000) }
    let contended = (0..<max(3, options.runs / 2)).map { _ in contendedNanosecondsPerRecord(logger, threads: 4) }
    return Measurement(
        scenario: "logger",
        unit: "ns/call",
        samples: enabled,
        notes: [
            ("disabled_level_ns_per_call", String((median(disabled) * 10).rounded() / 10)),
            ("file_sink_records_per_second_until_close", String(Int(median(rates).rounded()))),
            ("four_threads_one_logger_ns_per_record_wall", String(Int(median(contended).rounded()))),
        ]
    )
}

/// Records per second from the first `info` to the end of `shutdown` into a FileSink large
/// enough that nothing is dropped.
private func endToEndRecordsPerSecond(count: Int) -> Double {
    withBenchDirectory { directory in
        let registry = LoggerRegistry()
        guard let sink = try? FileSink(path: directory + "/logger.jsonl", delivery: DeliveryOptions(capacity: count))
        else { return .nan }
        _ = try? registry.configure(sinks: [sink], resourceAttributes: ["service.name": "bench"])
        let logger = Logger.get("bench.api", registry: registry)
        let clock = ContinuousClock()
        let start = clock.now
        for index in 0..<count {
            logger.info("request handled", attributes: ["user.id": .int(Int64(index)), "status": 200])
        }
        registry.shutdown(timeout: .seconds(60))
        return Double(count) / (nanoseconds(clock.now - start) / 1e9)
    }
}

/// Wall-clock nanoseconds per record while `threads` threads log through the same logger.
private func contendedNanosecondsPerRecord(_ logger: Logger, threads: Int) -> Double {
    let perThread = 100_000
    let clock = ContinuousClock()
    let group = DispatchGroup()
    let start = clock.now
    for _ in 0..<threads {
        group.enter()
        let thread = Thread {
            for index in 0..<perThread {
                logger.info("request handled", attributes: ["user.id": .int(Int64(index)), "status": 200])
            }
            group.leave()
        }
        thread.start()
    }
    group.wait()
    return nanoseconds(clock.now - start) / Double(threads * perThread)
}
