import DagstackBackend
import DagstackCore
import Logging

/// Shared set-up of the scenarios through DagstackBackend (3, 6, 7).
enum BackendSetup {
    /// The real user path: `DagstackBackend.bootstrap(sinks:)` with defaults (INFO, code location
    /// on), then `Logger(label:)`. Once per process: each suite scenario runs in a child of its own.
    static func bootstrap(sink: FileSink) -> Logger? {
        do {
            try DagstackBackend.bootstrap(rootLevel: "INFO", sinks: [sink])
        } catch {
            print("error bootstrap failed: \(error)")
            return nil
        }
        return Logger(label: "bench")
    }

    /// A logger on a registry of its own, writing to a new FileSink at `path` with `delivery`
    /// (for the runs of a scenario after its first, which holds the process-wide bootstrap).
    static func privateLogger(
        path: String,
        delivery: DeliveryOptions = DeliveryOptions()
    ) -> (logger: Logger, registry: LoggerRegistry, sink: FileSink)? {
        guard let sink = try? FileSink(path: path, delivery: delivery) else { return nil }
        let registry = LoggerRegistry()
        guard (try? registry.configure(rootLevel: "INFO", sinks: [sink])) != nil else { return nil }
        let logger = Logger(label: "bench") { label in DagstackLogHandler(label: label, registry: registry) }
        return (logger, registry, sink)
    }

    /// Runs `records` calls on a private registry and file first, so one-time costs (lazy binding,
    /// first page faults, caches) stay out of the measurement.
    static func warmUp(directory: String, records: Int) {
        guard let (logger, registry, _) = privateLogger(path: directory + "/warm.jsonl") else { return }
        for number in 0..<records { logRequest(logger, number) }
        registry.shutdown()
    }

    /// Counter metrics of a sink, with the accounting check `dropped == emitted - delivered`.
    static func counterMetrics(_ sink: FileSink) -> [(String, Double)] {
        let counters = sink.counters ?? SinkCounters()
        return [
            ("emitted", Double(counters.emitted)),
            ("delivered", Double(counters.delivered)),
            ("dropped", Double(counters.dropped)),
            ("accounting_exact", counters.dropped == counters.emitted - counters.delivered ? 1 : 0),
        ]
    }
}
