import DagstackBackend
import Logging

// The code of MIGRATING.md, "From MultiplexLogHandler". Compiled, never run.
enum FromMultiplexLogHandler {
    static func before() {
        LoggingSystem.bootstrap { label in
            var console = StreamLogHandler.standardError(label: label)
            console.logLevel = .warning
            var shipper = StreamLogHandler.standardOutput(label: label)
            shipper.logLevel = .info
            return MultiplexLogHandler([console, shipper])
        }
    }

    static func after() throws {
        try DagstackBackend.bootstrap(
            rootLevel: "INFO",
            sinks: [
                ConsoleSink(mode: .pretty, minSeverity: .warn),
                try FileSink(path: "/var/log/orders/app.jsonl", maxBytes: 50 << 20, keep: 5),
            ]
        )
    }

    static func afterFromConfiguration(environment: [String: String]) throws {
        let configuration = LoggingConfiguration(
            level: "INFO",
            resource: ["service.name": "orders"],
            loggers: [
                "orders.db": LoggerConfiguration(level: "DEBUG"),
                "audit": LoggerConfiguration(level: "INFO", sinks: ["audit-file"]),
            ],
            sinks: [
                SinkConfiguration(id: "console", type: "console", minSeverity: "WARN"),
                SinkConfiguration(id: "main", type: "file", path: "/var/log/orders/app.jsonl"),
                SinkConfiguration(id: "audit-file", type: "file", path: "/var/log/orders/audit.jsonl"),
            ]
        )
        try DagstackBackend.bootstrap(configuration: configuration, environment: environment)
    }
}
