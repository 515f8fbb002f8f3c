/// The statistics of a suite run, as text or as one JSON document.
struct SuiteReport {
    var scenarios: [SuiteScenario]
    var samples: [String: [String: [Double]]]
    var ratios: [String: [Double]]
    var loads: [Double]
    var records: Int
    var rounds: Int

    var text: String {
        var lines: [String] = []
        lines.append("summary (median [min .. max] over \(rounds) rounds; load \(loadRange))")
        for scenario in scenarios {
            guard let metrics = samples[scenario.name] else { continue }
            lines.append("\(scenario.name): \(scenario.summary)")
            for key in metrics.keys.sorted() {
                let values = metrics[key] ?? []
                lines.append(
                    "  \(key): \(compact(median(values))) [\(compact(values.min() ?? .nan)) .. "
                        + "\(compact(values.max() ?? .nan))]"
                )
            }
        }
        for key in ratios.keys.sorted() {
            let values = ratios[key] ?? []
            lines.append(
                "\(key): median \(format3(median(values))) [\(format3(values.min() ?? .nan)) .. "
                    + "\(format3(values.max() ?? .nan))] per round: "
                    + values.map(format3).joined(separator: " ")
            )
        }
        return lines.joined(separator: "\n")
    }

    var json: String {
        var scenarioFields: [String] = []
        for scenario in scenarios {
            guard let metrics = samples[scenario.name] else { continue }
            let fields = metrics.keys.sorted().map { key in "\"\(key)\":\(statistics(metrics[key] ?? []))" }
            scenarioFields.append(
                "{\"name\":\"\(scenario.name)\",\"primary\":\"\(scenario.primary)\",\"metrics\":{"
                    + fields.joined(separator: ",") + "}}"
            )
        }
        let ratioFields = ratios.keys.sorted().map { key in "\"\(key)\":\(statistics(ratios[key] ?? []))" }
        return "{\"records\":\(records),\"rounds\":\(rounds),\"load\":[\(loads.map(number).joined(separator: ","))],"
            + "\"scenarios\":[\(scenarioFields.joined(separator: ","))],"
            + "\"ratios\":{\(ratioFields.joined(separator: ","))}}"
    }

    private var loadRange: String {
        let finite = loads.filter(\.isFinite)
        return "\(format3(finite.min() ?? .nan))..\(format3(finite.max() ?? .nan))"
    }

    private func statistics(_ values: [Double]) -> String {
        "{\"median\":\(number(median(values))),\"min\":\(number(values.min() ?? .nan)),"
            + "\"max\":\(number(values.max() ?? .nan)),\"samples\":[\(values.map(number).joined(separator: ","))]}"
    }

    private func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "null"
    }
}
