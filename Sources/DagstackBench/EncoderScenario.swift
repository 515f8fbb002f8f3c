import DagstackCore

/// `encoder`: the dagstack JSON-lines encoding of the benchmark record into a reused buffer.
let encoderScenario = Scenario(
    name: "encoder",
    summary: "JSON-lines encoding of the 5-attribute benchmark record into a reused buffer (target <= 300 ns)"
) { options in
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    JSONLinesEncoder.encode(benchRecord, into: &buffer)
    let lineBytes = buffer.count
    let samples = timePerCall(runs: options.runs, iterations: 200_000) {
        buffer.removeAll(keepingCapacity: true)
        JSONLinesEncoder.encode(benchRecord, into: &buffer)
    }
    blackHole(buffer)
    return Measurement(
        scenario: "encoder",
        unit: "ns/record",
        samples: samples,
        notes: [("bytes_per_record", String(lineBytes))]
    )
}

/// Scenario 8 of the suite: the encoder alone, ns per record over the record count; `layouts_`
/// encodes as a sink worker does, reusing the call site's attribute layout (and adding the
/// observed time the record lacks, as a sink does).
let encoderSuiteScenario = SuiteScenario(
    name: "8-encoder",
    summary: "JSON-lines encoding of the benchmark record into a reused buffer (layouts_: as a sink's worker)",
    primary: "ns_per_record"
) { options in
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    let samples = timePerCall(runs: 1, iterations: options.records) {
        buffer.removeAll(keepingCapacity: true)
        JSONLinesEncoder.encode(benchRecord, into: &buffer)
    }
    let lineBytes = buffer.count
    var layouts: AttributeLayouts? = AttributeLayouts()
    let observed = benchRecord.timeUnixNano
    let withLayouts = timePerCall(runs: 1, iterations: options.records) {
        buffer.removeAll(keepingCapacity: true)
        JSONLinesEncoder.encode(benchRecord, observedAt: observed, layouts: &layouts, into: &buffer)
    }
    blackHole(buffer)
    return [
        ("ns_per_record", samples.first ?? .nan),
        ("layouts_ns_per_record", withLayouts.first ?? .nan),
        ("bytes_per_record", Double(lineBytes)),
    ]
}
