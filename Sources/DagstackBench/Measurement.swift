/// The result of a scenario: per-run values and their statistics.
struct Measurement {
    /// The scenario name.
    var scenario: String
    /// The unit of each sample, such as `ns/record`.
    var unit: String
    /// One value per timed run.
    var samples: [Double]
    /// Extra facts worth printing (bytes per record, iterations, ...).
    var notes: [(String, String)] = []

    var minimum: Double { samples.min() ?? .nan }
    var maximum: Double { samples.max() ?? .nan }
    var median: Double { DagstackBench.median(samples) }

    /// A human-readable line.
    var text: String {
        let extra = notes.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
        return "\(scenario): median \(format(median)) \(unit) (min \(format(minimum)), max \(format(maximum)), "
            + "\(samples.count) runs) \(extra)"
    }

    /// A one-line JSON document.
    var json: String {
        let noteFields = notes.map { "\"\($0.0)\":\"\($0.1)\"" }.joined(separator: ",")
        let sampleList = samples.map { format($0) }.joined(separator: ",")
        return "{\"scenario\":\"\(scenario)\",\"unit\":\"\(unit)\",\"median\":\(format(median)),"
            + "\"min\":\(format(minimum)),\"max\":\(format(maximum)),\"samples\":[\(sampleList)],"
            + "\"notes\":{\(noteFields)}}"
    }

    private func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return String(Double(Int((value * 10).rounded())) / 10)
    }
}
