import DagstackBackend
import DagstackCore
import Dispatch
import Foundation
import Logging

/// `dagstack-log demo`: an order-service simulation whose handlers log through swift-log's API into
/// dagstack sinks; ends with a JSON summary taken from the sinks' counters.
enum DemoCommand {
    static let usage = """
        usage: dagstack-log demo [--records N] [--producers P] [--dir DIR] [--max-bytes B] [--keep K]
                                 [--console auto|pretty|json|off]

        Runs an order service: P concurrent producers handle orders and log through `import Logging`
        only, bootstrapped with DagstackBackend. Records at INFO and above go to DIR/app.jsonl (rotated at
        B bytes, K archives kept); WARN and above also go to the console (standard error). Every record
        carries `producer` and a per-producer `seq`; each request runs in its own trace context; secrets in
        metadata come out as "***"; some payments fail with `exception.*`; a catalog sync reports progress.
        The run starts by removing DIR/app.jsonl and its archives. The last line of standard output is a
        JSON summary: {"emitted":…,"written":…,"dropped":…,"files":[…]}.

        options:
          --records N       about how many records to log (default 10000)
          --producers P     concurrent producers (default 4)
          --dir DIR         where app.jsonl goes (default ./dagstack-demo-logs)
          --max-bytes B     rotate app.jsonl before it passes B bytes; 0 disables (default 2097152)
          --keep K          archives kept (default 5)
          --console MODE    auto (pretty on a terminal, JSON-lines otherwise), pretty, json or off
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let options = try DemoOptions(arguments)
        if options.help {
            Terminal.standardOutput.write(usage + "\n")
            return 0
        }
        let directory = URL(fileURLWithPath: options.directory).standardizedFileURL
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let livePath = directory.appendingPathComponent("app.jsonl").path
        try removePreviousRun(livePath: livePath)

        // A deep queue: the demo's producers log in bursts far faster than a service would, and the
        // run should show what a healthy service sees (no drops); drops would still be counted.
        let fileSink = try FileSink(
            path: livePath,
            maxBytes: options.maxBytes,
            keep: options.keep,
            minSeverity: .info,
            delivery: DeliveryOptions(capacity: 65_536)
        )
        var sinks: [any Sink] = [fileSink]
        if let mode = options.console {
            sinks.append(ConsoleSink(mode: mode, minSeverity: .warn))
        }
        try DagstackBackend.bootstrap(
            rootLevel: "INFO",
            sinks: sinks,
            resourceAttributes: [
                "service.name": "order-service",
                "service.version": "1.4.2",
                "deployment.environment": "demo",
            ],
            metadataProvider: ProducerSequence.metadataProvider
        )

        runProducers(options)

        let shutdown = DagstackBackend.shutdown(timeout: .seconds(10))
        for failure in shutdown.failedSinks {
            Terminal.standardError.write("dagstack-log demo: sink \(failure.id) failed: \(failure.error)\n")
        }
        let counters = fileSink.counters ?? SinkCounters()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0 == "app.jsonl" || $0.hasPrefix("app.jsonl.") }
            .sorted { archiveIndex($0) < archiveIndex($1) }
            .map { directory.appendingPathComponent($0).path }
        let summary = DemoSummary(
            emitted: counters.emitted,
            written: counters.delivered,
            dropped: counters.dropped,
            files: files
        )
        Terminal.standardOutput.write(summary.json + "\n")
        return shutdown.success ? 0 : 1
    }

    /// Runs the producers as concurrent tasks and waits for them.
    private static func runProducers(_ options: DemoOptions) {
        let done = DispatchSemaphore(value: 0)
        let share = max(options.records / options.producers, 1)
        Task {
            await withTaskGroup(of: Void.self) { group in
                for producer in 1...options.producers {
                    group.addTask {
                        let sequence = ProducerSequence(producer: producer)
                        ProducerSequence.$current.withValue(sequence) {
                            produce(producer: producer, sequence: sequence, share: share)
                        }
                    }
                }
            }
            done.signal()
        }
        done.wait()
    }

    /// One producer: a catalog sync for the first, then orders until its share of records is logged.
    private static func produce(producer: Int, sequence: ProducerSequence, share: Int) {
        var generator = SystemRandomNumberGenerator()
        let handler = OrderHandler()
        if producer == 1 {
            CatalogSync().run(batches: 40)
        }
        var orderNumber = 0
        while sequence.emitted < share {
            orderNumber += 1
            let request = OrderRequest(
                orderID: producer * 1_000_000 + orderNumber,
                customerID: Int.random(in: 1000...9999, using: &generator),
                items: Int.random(in: 1...5, using: &generator),
                amountCents: Int.random(in: 500...50_000, using: &generator),
                declined: orderNumber % 97 == 0,
                slow: orderNumber % 211 == 0
            )
            let context = try? TraceContext(
                traceID: TraceID(high: generator.next(), low: generator.next() | 1),
                spanID: SpanID(generator.next() | 1),
                flags: 1
            )
            withTraceContext(context) {
                handler.handle(request)
            }
        }
    }

    /// Removes `app.jsonl` and its numbered archives left by an earlier run.
    private static func removePreviousRun(livePath: String) throws {
        let manager = FileManager.default
        let directory = (livePath as NSString).deletingLastPathComponent
        for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] {
            guard name == "app.jsonl" || (name.hasPrefix("app.jsonl.") && Int(name.dropFirst(10)) != nil) else {
                continue
            }
            try manager.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }

    /// 0 for the live file, N for `app.jsonl.N`: live first, then archives newest to oldest.
    private static func archiveIndex(_ name: String) -> Int {
        name == "app.jsonl" ? 0 : Int(name.dropFirst(10)) ?? Int.max
    }
}

/// The last line of the demo's standard output.
struct DemoSummary: Encodable {
    var emitted: Int
    var written: Int
    var dropped: Int
    var files: [String]

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
