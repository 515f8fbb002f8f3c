import DagstackBackend
import Dispatch
import Foundation
import Logging
import Synchronization

/// `facade-disabled`: the cost of a facade call below the configured level (target <= 15 ns).
let facadeDisabledScenario = Scenario(
    name: "facade-disabled",
    summary: "facade logger.debug(...) with metadata below the configured INFO level (target <= 15 ns/call)"
) { options in
    let registry = LoggerRegistry()
    try? registry.configure(rootLevel: "INFO", sinks: [])
    let logger = Logger(label: "bench.disabled") { DagstackLogHandler(label: $0, registry: registry) }
    let samples = timePerCall(runs: options.runs, iterations: 10_000_000) {
        logger.debug("not written", metadata: ["request.id": "9f86d081884c7d65"])
    }
    return Measurement(scenario: "facade-disabled", unit: "ns/call", samples: samples)
}

/// `facade-null`: the backend's own cost of one enabled facade call: record building, merge,
/// conversion, redaction and fan-out into a sink that discards.
let facadeNullScenario = Scenario(
    name: "facade-null",
    summary: "facade logger.info with 4 metadata entries into a discarding sink: the backend's own cost per call"
) { options in
    let registry = LoggerRegistry()
    try? registry.configure(rootLevel: "INFO", sinks: [DiscardingSink()])
    let withCode = timeInfoCalls(runs: options.runs) { label in
        DagstackLogHandler(label: label, registry: registry)
    }
    let withoutCode = timeInfoCalls(runs: options.runs) { label in
        DagstackLogHandler(label: label, registry: registry, includeCodeLocation: false)
    }
    let facadeOnly = timeInfoCalls(runs: options.runs) { _ in DiscardingHandler() }
    return Measurement(
        scenario: "facade-null",
        unit: "ns/call",
        samples: withCode,
        notes: [
            ("without_code_location_ns", String(Int(median(withoutCode)))),
            ("facade_and_call_site_metadata_only_ns", String(Int(median(facadeOnly)))),
        ]
    )
}

/// Times one `info` call with four metadata entries through a logger whose handler `make` builds.
private func timeInfoCalls(runs: Int, make: @escaping (String) -> any LogHandler) -> [Double] {
    let logger = Logger(label: "bench.null", factory: make)
    var number = 0
    return timePerCall(runs: runs, iterations: 1_000_000) {
        number &+= 1
        logger.info(
            "request handled",
            metadata: [
                "request.id": "9f86d081884c7d65",
                "user.id": .stringConvertible(number),
                "path": "/api/v1/orders",
                "status": .stringConvertible(200),
            ]
        )
    }
}

/// `facade-file`: facade → DagstackLogHandler → FileSink; written records per second until
/// close, and the caller-side latency of one log call. Samples: 2 producer threads; the notes add
/// one producer (the sink's worker then has a core of its own).
let facadeFileScenario = Scenario(
    name: "facade-file",
    summary:
        "facade → DagstackBackend → FileSink, 2 threads x 500k: written records/s until close (>= 1M), caller p50/p99"
) { options in
    let two = measureFacadeFile(runs: options.runs, threads: 2, perThread: 500_000)
    let one = measureFacadeFile(runs: options.runs, threads: 1, perThread: 1_000_000)
    return Measurement(
        scenario: "facade-file",
        unit: "records/s",
        samples: two.rates,
        notes: [
            ("caller_p50_ns", String(Int(median(two.p50s)))),
            ("caller_p99_ns", String(Int(median(two.p99s)))),
            ("median_dropped_percent", String((median(two.dropped) * 10).rounded() / 10)),
            ("one_thread_records_per_second", String(Int(median(one.rates)))),
            ("one_thread_caller_p50_ns", String(Int(median(one.p50s)))),
            ("one_thread_caller_p99_ns", String(Int(median(one.p99s)))),
            ("one_thread_dropped_percent", String((median(one.dropped) * 10).rounded() / 10)),
        ]
    )
}

/// Per timed run: written records/s, caller p50 and p99 (every 16th call timed), dropped percent.
private func measureFacadeFile(
    runs: Int,
    threads: Int,
    perThread: Int
) -> (rates: [Double], p50s: [Double], p99s: [Double], dropped: [Double]) {
    let clock = ContinuousClock()
    var result: (rates: [Double], p50s: [Double], p99s: [Double], dropped: [Double]) = ([], [], [], [])
    for run in 0...runs {
        withBenchDirectory { directory in
            guard let sink = try? FileSink(path: directory + "/facade.jsonl") else { return }
            let registry = LoggerRegistry()
            try? registry.configure(rootLevel: "INFO", sinks: [sink])
            let latencies = Mutex<[UInt64]>([])
            let start = clock.now
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                let logger = Logger(label: "bench.facade") { DagstackLogHandler(label: $0, registry: registry) }
                var sampledLatencies: [UInt64] = []
                sampledLatencies.reserveCapacity(perThread / 16 + 1)
                for number in 0..<perThread {
                    let sampled = number % 16 == 0
                    let before = sampled ? LatencyRecorder.now() : 0
                    logger.info(
                        "request handled",
                        metadata: [
                            "request.id": "9f86d081884c7d65",
                            "user.id": .stringConvertible(number),
                            "path": "/api/v1/orders",
                            "status": .stringConvertible(200),
                        ]
                    )
                    if sampled { sampledLatencies.append(LatencyRecorder.now() - before) }
                }
                latencies.withLock { $0.append(contentsOf: sampledLatencies) }
            }
            sink.close()
            let elapsed = clock.now - start
            guard run > 0 else { return }
            let counters = sink.counters ?? SinkCounters()
            // Written records only: what the default queue dropped does not count.
            result.rates.append(Double(counters.delivered) / (nanoseconds(elapsed) / 1e9))
            let sorted = latencies.withLock { $0 }.sorted()
            result.p50s.append(Double(sorted[sorted.count / 2]))
            result.p99s.append(Double(sorted[sorted.count * 99 / 100]))
            result.dropped.append(Double(counters.dropped) / Double(max(1, counters.emitted)) * 100)
        }
    }
    return result
}
