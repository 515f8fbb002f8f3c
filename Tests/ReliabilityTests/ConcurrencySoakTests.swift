import DagstackCore
import DagstackLogger
import Foundation
import Synchronization
import Testing

/// 16 producers (half native, half swift-log) against concurrent flushes, reconfigurations (a new
/// rotating file sink each time), the live file renamed away and the log directory vanishing and
/// coming back, plus a sink that fails every third batch. Afterwards every sink's counters add up
/// exactly, the files hold exactly the delivered lines, whole, and the in-memory sink (kept
/// through every reconfiguration) holds every record exactly once.
///
/// Run under the thread sanitizer by `.ci/soak` (`swift test --sanitize=thread`);
/// `DAGSTACK_SOAK_RECORDS` sets the records per producer (1,000 by default).
struct ConcurrencySoakTests {
    static let producers = 16
    static var perProducer: Int {
        ProcessInfo.processInfo.environment["DAGSTACK_SOAK_RECORDS"].flatMap(Int.init) ?? 1000
    }

    /// What one soak run observed, checked on the test's task once the run is over.
    struct Report: Sendable {
        var total = 0
        var memoryRecords = 0
        var memoryDelivered = 0
        var distinctRecords = 0
        var flaky = SinkCounters()
        var fileSinksBalanced = true
        var fileEmitted = 0
        var fileDelivered = 0
        var fileLines = 0
        var linesWhole = true
        var reconfigurations = 0
        var faults = 0
    }

    @Test
    func sixteenProducersWithFlushReconfigureRotationAndFaultsAccountExactly() async throws {
        let report = try await offThePool(Self.run)
        let total = report.total
        // The in-memory sink, in every configuration: each record exactly once.
        #expect(report.memoryRecords == total)
        #expect(report.memoryDelivered == total)
        #expect(report.distinctRecords == total)
        // The flaky sink: failures and overflow, every record accounted for.
        #expect(report.flaky.emitted == total)
        #expect(report.flaky.delivered + report.flaky.dropped == total && report.flaky.pending == 0)
        #expect(report.flaky.droppedSinkError > 0)
        // The file sinks: each balanced, together they saw every record once, and the files under
        // the root hold exactly the delivered lines, each whole.
        #expect(report.fileSinksBalanced)
        #expect(report.fileEmitted == total)
        #expect(report.fileLines == report.fileDelivered)
        #expect(report.linesWhole)
        #expect(report.reconfigurations > 1 && report.faults > 1)
    }

    static func run() throws -> Report {
        let perProducer = Self.perProducer
        let total = Self.producers * perProducer
        return try withTemporaryDirectory { root in
            let logs = root + "/logs"
            try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: false)
            let diagnostics = DiagnosticsCapture()
            let registry = LoggerRegistry(diagnostics: diagnostics.channel, retireTimeout: .seconds(10))
            let memory = InMemorySink(capacity: total)
            let flaky = FlakySink(capacity: 64)
            let fileSinks = Mutex<[FileSink]>([])
            let maxBytes = UInt64(max(64 << 10, total * 300 / 40))
            @Sendable func newFileSink(_ generation: Int) -> FileSink? {
                let sink = try? FileSink(
                    path: logs + "/app-\(generation).jsonl",
                    maxBytes: maxBytes,
                    keep: 64,
                    minSeverity: .trace,
                    fileMode: 0o600,
                    delivery: DeliveryOptions(capacity: 1024, overflow: .dropOldest),
                    diagnostics: diagnostics.channel
                )
                if let sink { fileSinks.withLock { $0.append(sink) } }
                return sink
            }
            guard let first = newFileSink(0) else { throw CocoaError(.fileWriteUnknown) }
            try registry.configure(rootLevel: "TRACE", sinks: [memory, flaky, first])

            let running = Atomic<Bool>(true)
            let reconfigurations = Atomic<Int>(0)
            let producersDone = DispatchGroup()
            for producer in 0..<Self.producers {
                producersDone.enter()
                Thread {
                    if producer % 2 == 0 {
                        let logger = DagstackLogger.Logger.get("soak.native.\(producer)", registry: registry)
                        for number in 0..<perProducer {
                            logger.info("native", attributes: ["p": .int(Int64(producer)), "n": .int(Int64(number))])
                        }
                    } else {
                        let logger = FacadeEmitter(label: "soak.facade.\(producer)", registry: registry)
                        for number in 0..<perProducer {
                            logger.info("facade", metadata: ["p": .int(Int64(producer)), "n": .int(Int64(number))])
                        }
                    }
                    producersDone.leave()
                }.start()
            }
            let helpersDone = DispatchGroup()
            func helper(_ body: @escaping @Sendable () -> Void) {
                helpersDone.enter()
                Thread {
                    while running.load(ordering: .relaxed) { body() }
                    helpersDone.leave()
                }.start()
            }
            helper { _ = registry.flush(timeout: .seconds(2)) }
            helper {
                let generation = reconfigurations.add(1, ordering: .relaxed).newValue
                guard let sink = newFileSink(generation) else { return }
                try? registry.reconfigure(rootLevel: "TRACE", sinks: [memory, flaky, sink])
                usleep(2_000)
            }
            let faults = Atomic<Int>(0)
            helper {
                let fault = faults.add(1, ordering: .relaxed).newValue
                if fault % 5 == 0 {
                    // The directory vanishes for a moment, then comes back empty.
                    if rename(logs, root + "/gone-\(fault)") == 0 {
                        usleep(1_000)
                        mkdir(logs, 0o700)
                    }
                } else {
                    // logrotate "create": the live files are renamed away.
                    for name in (try? FileManager.default.contentsOfDirectory(atPath: logs)) ?? []
                    where name.hasSuffix(".jsonl") {
                        _ = rename(logs + "/" + name, logs + "/moved-\(fault)-" + name)
                    }
                }
                usleep(3_000)
            }
            producersDone.wait()
            running.store(false, ordering: .relaxed)
            helpersDone.wait()
            _ = registry.shutdown(timeout: .seconds(30))

            var report = Report(total: total)
            let records = memory.records()
            report.memoryRecords = records.count
            report.memoryDelivered = memory.counters?.delivered ?? -1
            var seen = Set<Int64>()
            for record in records {
                guard case .int(let producer) = record.attributes["p"], case .int(let number) = record.attributes["n"]
                else { continue }
                seen.insert(producer * 1_000_000 + number)
            }
            report.distinctRecords = seen.count
            report.flaky = flaky.counters ?? SinkCounters()
            for sink in fileSinks.withLock({ $0 }) {
                let counters = sink.counters ?? SinkCounters()
                report.fileSinksBalanced =
                    report.fileSinksBalanced && counters.delivered + counters.dropped == counters.emitted
                    && counters.pending == 0
                report.fileEmitted += counters.emitted
                report.fileDelivered += counters.delivered
            }
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let name = enumerator?.nextObject() as? String {
                guard let data = FileManager.default.contents(atPath: root + "/" + name), !data.isEmpty else {
                    continue
                }
                report.linesWhole = report.linesWhole && data.last == 0x0A
                for line in data.split(separator: 0x0A) {
                    report.fileLines += 1
                    report.linesWhole = report.linesWhole && (try? JSONLinesDecoder.decode([UInt8](line))) != nil
                }
            }
            report.reconfigurations = reconfigurations.load(ordering: .relaxed)
            report.faults = faults.load(ordering: .relaxed)
            return report
        }
    }
}
