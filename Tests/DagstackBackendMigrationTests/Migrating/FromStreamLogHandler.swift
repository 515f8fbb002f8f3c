import DagstackBackend
import Logging

// The code of MIGRATING.md, "From StreamLogHandler". Compiled, never run: each function
// bootstraps the process. `MigratingGuideTests` checks that the guide quotes it verbatim.
enum FromStreamLogHandler {
    static func before() {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)

        var logger = Logger(label: "com.example.orders")
        logger.logLevel = .debug
        logger.info("order placed", metadata: ["order.id": "42"])
    }

    static func after() throws {
        try DagstackBackend.bootstrap(
            rootLevel: "DEBUG",
            sinks: [ConsoleSink()]
        )

        let logger = Logger(label: "com.example.orders")
        logger.info("order placed", metadata: ["order.id": "42"])
    }

    static func beforeWithProvider(provider: Logger.MetadataProvider) {
        LoggingSystem.bootstrap(StreamLogHandler.standardOutput, metadataProvider: provider)
    }

    static func afterWithProvider(provider: Logger.MetadataProvider) throws {
        try DagstackBackend.bootstrap(
            sinks: [ConsoleSink(mode: .json, stream: .standardOutput)],
            metadataProvider: provider
        )
    }

    static func afterInTwoSteps() throws {
        try LoggerRegistry.shared.configure(rootLevel: "INFO", sinks: [ConsoleSink()])
        LoggingSystem.bootstrap(DagstackLogHandler.init)
    }
}
