import DagstackCore

/// `encoder`: the dagstack JSON-lines encoding of the benchmark record into a reused buffer.
let encoderScenario = Scenario(
    name: "encoder",
    summary: "JSON-lines encoding of a 5-attribute record into a reused buffer (target <= 300 ns)"
) { options in
    let record = LogRecord(
        timeUnixNano: 1_776_592_800_123_456_789,
        severity: .info,
        body: "request handled",
        attributes: [
            "request.id": "9f86d081884c7d65",
            "user.id": 421_337,
            "path": "/api/v1/orders",
            "status": 200,
            "duration_ms": 12.345,
        ],
        instrumentationScope: InstrumentationScope(name: "bench")
    )
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    JSONLinesEncoder.encode(record, into: &buffer)
    let lineBytes = buffer.count
    let samples = timePerCall(runs: options.runs, iterations: 200_000) {
        buffer.removeAll(keepingCapacity: true)
        JSONLinesEncoder.encode(record, into: &buffer)
    }
    blackHole(buffer)
    return Measurement(
        scenario: "encoder",
        unit: "ns/record",
        samples: samples,
        notes: [("bytes_per_record", String(lineBytes))]
    )
}
