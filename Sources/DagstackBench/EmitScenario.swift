import DagstackCore

/// `emit`: the caller-side cost of `FileSink.emit`, and the time per record until `close`.
///
/// Records are built untimed in chunks of 256 right before each chunk is emitted (warm in the
/// cache, as a record a caller just built is); only the emit calls are timed. The samples are
/// the steady path (a queue large enough that nothing is dropped); the notes add the default
/// capacity, where a producer this fast overflows the queue and pays for freeing what it drops.
let emitScenario = Scenario(
    name: "emit",
    summary: "caller-side cost of FileSink.emit, records built untimed just before (target <= 250 ns)"
) { options in
    let chunks = 800
    let steady = measureEmit(runs: options.runs, chunks: chunks, capacity: chunks * chunkSize)
    let overflowing = measureEmit(runs: options.runs, chunks: chunks, capacity: DeliveryOptions().capacity)
    return Measurement(
        scenario: "emit",
        unit: "ns/emit",
        samples: steady.emit,
        notes: [
            ("records_per_run", String(chunks * chunkSize)),
            ("steady_ns_per_record_until_close_incl_building", String(Int(median(steady.untilClose).rounded()))),
            ("default_capacity_ns_per_emit", String(Int(median(overflowing.emit).rounded()))),
            ("default_capacity_dropped_percent", String((median(overflowing.dropped) * 10).rounded() / 10)),
        ]
    )
}

private let chunkSize = 256

private func chunk(_ first: Int) -> [LogRecord] {
    (first..<first + chunkSize).map { number in
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
}

/// Per timed run: ns per emit, ns per record until close (building included), dropped percent.
private func measureEmit(
    runs: Int,
    chunks: Int,
    capacity: Int
) -> (emit: [Double], untilClose: [Double], dropped: [Double]) {
    let clock = ContinuousClock()
    let count = Double(chunks * chunkSize)
    var result: (emit: [Double], untilClose: [Double], dropped: [Double]) = ([], [], [])
    for run in 0...runs {
        withBenchDirectory { directory in
            let delivery = DeliveryOptions(capacity: capacity)
            guard let sink = try? FileSink(path: directory + "/emit.jsonl", delivery: delivery) else { return }
            var emitting = Duration.zero
            let start = clock.now
            for index in 0..<chunks {
                let records = chunk(index * chunkSize)
                withExtendedLifetime(records) {  // destroying the chunk is not part of emit
                    let chunkStart = clock.now
                    records.withUnsafeBufferPointer { records in
                        for index in records.indices { sink.emit(records[index]) }
                    }
                    emitting += clock.now - chunkStart
                }
            }
            sink.close()
            let closed = clock.now
            guard run > 0 else { return }  // warm-up
            let counters = sink.counters ?? SinkCounters()
            result.emit.append(nanoseconds(emitting) / count)
            result.untilClose.append(nanoseconds(closed - start) / count)
            result.dropped.append(Double(counters.dropped) / Double(max(1, counters.emitted)) * 100)
        }
    }
    return result
}
