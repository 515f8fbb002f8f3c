/// Runs suite scenarios in interleaved rounds: round r measures every selected scenario once, each
/// in a child process, so noise on the machine hits all of them alike. Prints a line per round
/// with the same-round ratios, then min/median/max of every metric (or one JSON document).
func runSuite(_ scenarios: [SuiteScenario], rounds: Int, records: Int, json: Bool) -> Int32 {
    var samples: [String: [String: [Double]]] = [:]  // scenario -> metric -> one value per round
    var ratios: [String: [Double]] = [:]
    var loads: [Double] = []
    var failed = false
    if !json {
        print(
            "suite: \(scenarios.map(\.name).joined(separator: " ")); \(rounds) rounds, \(records) records; "
                + "load \(loadAverage())"
        )
    }
    for round in 1...rounds {
        loads.append(loadAverage())
        var primaries: [Int: Double] = [:]
        var roundMetrics: [Int: [String: Double]] = [:]
        var parts: [String] = []
        for scenario in scenarios {
            guard let metrics = measureInChild(scenario.name, records: records) else {
                failed = true
                continue
            }
            for (key, value) in metrics {
                samples[scenario.name, default: [:]][key, default: []].append(value)
            }
            roundMetrics[scenario.number] = metrics
            if let value = metrics[scenario.primary] {
                primaries[scenario.number] = value
                parts.append("\(scenario.name) \(compact(value))")
            }
        }
        for (name, value) in roundRatios(primaries, metrics: roundMetrics) {
            ratios[name, default: []].append(value)
            parts.append("\(name) \(compact(value))")
        }
        if !json {
            print("round \(round): " + parts.joined(separator: " | ") + " | load \(loads.last ?? .nan)")
        }
    }
    loads.append(loadAverage())
    let report = SuiteReport(
        scenarios: scenarios,
        samples: samples,
        ratios: ratios,
        loads: loads,
        records: records,
        rounds: rounds
    )
    print(json ? report.json : report.text)
    return failed ? 1 : 0
}

/// The ratios of one round: scenario 3 over 2 (how much faster than StreamLogHandler as swift-log
/// ships it), 3 over 2's buffered variant, and scenario 5 over 3 (how far from the physical-limit
/// loop), by records per second.
func roundRatios(_ primaries: [Int: Double], metrics: [Int: [String: Double]]) -> [(String, Double)] {
    var result: [(String, Double)] = []
    if let three = primaries[3], let two = primaries[2], two > 0 {
        result.append(("ratio_3_over_2", three / two))
    }
    if let three = primaries[3], let buffered = metrics[2]?["buffered_records_per_s"], buffered > 0 {
        result.append(("ratio_3_over_2_buffered", three / buffered))
    }
    if let five = primaries[5], let three = primaries[3], three > 0 {
        result.append(("ratio_5_over_3", five / three))
    }
    return result
}

/// A short human form: 1.23M, 456.7k, 12.3.
func compact(_ value: Double) -> String {
    guard value.isFinite else { return "nan" }
    if abs(value) >= 1e6 { return String(format3(value / 1e6)) + "M" }
    if abs(value) >= 1e4 { return String(format3(value / 1e3)) + "k" }
    return format3(value)
}

/// Three significant-ish decimals without Foundation formatting.
func format3(_ value: Double) -> String {
    guard value.isFinite else { return "nan" }
    if abs(value) >= 100 { return String(Int(value.rounded())) }
    if abs(value) >= 10 { return String(Double(Int((value * 10).rounded())) / 10) }
    return String(Double(Int((value * 100).rounded())) / 100)
}
