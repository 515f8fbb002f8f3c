// A typical main.swift after the migration: it imports exactly `Logging` and `DagstackBackend`,
// and `Logger(label:)` resolves to the facade's Logger without qualification.
import DagstackBackend
import Logging

enum MainSwiftStyle {
    static func main(logFile: String) throws {
        try DagstackBackend.bootstrap(
            rootLevel: "INFO",
            sinks: [try FileSink(path: logFile)],
            resourceAttributes: ["service.name": "shop"],
            metadataProvider: RequestContext.metadataProvider
        )
        DagstackBackend.installShutdownHandlers()

        let logger = Logger(label: "shop.main")
        logger.info("started", metadata: ["pid": .stringConvertible(42)])
        let handler: any LogHandler = logger.handler
        logger.notice("handler", metadata: ["type": "\(type(of: handler))"])
    }
}
