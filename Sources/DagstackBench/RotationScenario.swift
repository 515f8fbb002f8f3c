import DagstackCore
import Dispatch
import Foundation

/// `rotation`: 1M records from 4 threads through a FileSink rotating at 1 MiB, keeping 5; checks
/// the accounting and the file count, and reports the cost per record until `close`.
let rotationScenario = Scenario(
    name: "rotation",
    summary: "1M records from 4 threads, maxBytes 1 MiB, keep 5: accounting check and ns/record until close"
) { options in
    let perThread = 250_000
    let threads = 4
    let clock = ContinuousClock()
    var samples: [Double] = []
    var failures: [String] = []
    var droppedSamples: [Double] = []
    for run in 0...options.runs {
        withBenchDirectory { directory in
            let path = directory + "/rotation.jsonl"
            guard let sink = try? FileSink(path: path, maxBytes: 1024 * 1024, keep: 5) else { return }
            let start = clock.now
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for number in 0..<perThread {
                    sink.emit(
                        LogRecord(
                            timeUnixNano: 1_776_592_800_123_456_789,
                            severity: .info,
                            body: "numbered",
                            attributes: ["thread": .int(Int64(thread)), "n": .int(Int64(number))]
                        )
                    )
                }
            }
            sink.close()
            let elapsed = clock.now - start
            let counters = sink.counters ?? SinkCounters()
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.count ?? -1
            if counters.delivered + counters.dropped != counters.emitted || counters.emitted != threads * perThread {
                failures.append("run \(run): counters do not add up: \(counters)")
            }
            if files > 6 { failures.append("run \(run): \(files) files") }
            guard run > 0 else { return }
            samples.append(nanoseconds(elapsed) / Double(threads * perThread))
            droppedSamples.append(Double(counters.dropped) / Double(counters.emitted) * 100)
        }
    }
    return Measurement(
        scenario: "rotation",
        unit: "ns/record",
        samples: samples,
        notes: [
            ("accounting", failures.isEmpty ? "exact" : failures.joined(separator: "; ")),
            ("median_dropped_percent", String((median(droppedSamples) * 10).rounded() / 10)),
        ]
    )
}
