import DagstackCore

/// `decoder`: parsing the benchmark record's JSON-lines line back into a `LogRecord`.
let decoderScenario = Scenario(
    name: "decoder",
    summary: "parsing the benchmark record's JSON-lines line back into a LogRecord"
) { options in
    var line: [UInt8] = []
    JSONLinesEncoder.encode(benchRecord, into: &line)
    var parsed = 0
    let samples = timePerCall(runs: options.runs, iterations: 50_000) {
        if let record = try? JSONLinesDecoder.decode(line) {
            parsed &+= record.attributes.count
        }
    }
    blackHole(parsed)
    return Measurement(scenario: "decoder", unit: "ns/record", samples: samples)
}
