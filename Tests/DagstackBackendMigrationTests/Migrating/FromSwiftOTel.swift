import DagstackBackend
import Logging

// The code of MIGRATING.md, "From swift-otel's logging backend": the "after" side only (the
// "before" side needs the OTel package). Compiled, never run.
enum FromSwiftOTel {
    static func after() throws {
        try DagstackBackend.bootstrap(
            rootLevel: "INFO",
            sinks: [
                ConsoleSink(mode: .json),
                try FileSink(path: "/var/log/orders/app.jsonl"),
            ],
            resourceAttributes: ["service.name": "orders"]
        )
        DagstackBackend.installShutdownHandlers()
    }

    static func afterWithTraceContext(traceparent: String) throws {
        let logger = Logger(label: "orders.http")
        let trace = try TraceContext(traceparent: traceparent)
        withTraceContext(trace) {
            logger.info("request handled")
        }
    }
}
