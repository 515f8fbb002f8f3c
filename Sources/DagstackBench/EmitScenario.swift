import DagstackCore

/// `emit`: the caller-side cost of `FileSink.emit` (records prebuilt), and the time until `close`.
let emitScenario = Scenario(
    name: "emit",
    summary: "caller-side cost of FileSink.emit with prebuilt records, default delivery (target <= 250 ns)"
) { options in
    let count = 200_000
    let records = (0..<count).map { number in
        LogRecord(
            timeUnixNano: 1_776_592_800_123_456_789,
            severity: .info,
            body: "request handled",
            attributes: [
                "request.id": "9f86d081884c7d65",
                "user.id": .int(Int64(number)),
                "path": "/api/v1/orders",
                "status": 200,
                "duration_ms": 12.345,
            ],
            instrumentationScope: InstrumentationScope(name: "bench")
        )
    }
    let clock = ContinuousClock()
    var emitSamples: [Double] = []
    var closeSamples: [Double] = []
    var droppedSamples: [Double] = []
    for run in 0...options.runs {
        withBenchDirectory { directory in
            guard let sink = try? FileSink(path: directory + "/emit.jsonl") else { return }
            let start = clock.now
            for record in records { sink.emit(record) }
            let emitted = clock.now
            sink.close()
            let closed = clock.now
            guard run > 0 else { return }  // warm-up
            emitSamples.append(nanoseconds(emitted - start) / Double(count))
            closeSamples.append(nanoseconds(closed - start) / Double(count))
            let counters = sink.counters ?? SinkCounters()
            droppedSamples.append(Double(counters.dropped) / Double(counters.emitted) * 100)
        }
    }
    return Measurement(
        scenario: "emit",
        unit: "ns/emit",
        samples: emitSamples,
        notes: [
            ("records_per_run", String(count)),
            ("median_ns_per_record_until_close", String(Int(median(closeSamples).rounded()))),
            ("median_dropped_percent", String((median(droppedSamples) * 10).rounded() / 10)),
        ]
    )
}
