import DagstackCore

/// `pretty`: the coloured console line of the benchmark record into a reused buffer.
let prettyScenario = Scenario(
    name: "pretty",
    summary: "pretty (coloured) console line of the benchmark record into a reused buffer"
) { options in
    let formatter = PrettyFormatter(colors: true)
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4096)
    let samples = timePerCall(runs: options.runs, iterations: 200_000) {
        buffer.removeAll(keepingCapacity: true)
        formatter.format(benchRecord, into: &buffer)
    }
    blackHole(buffer)
    return Measurement(scenario: "pretty", unit: "ns/record", samples: samples)
}
