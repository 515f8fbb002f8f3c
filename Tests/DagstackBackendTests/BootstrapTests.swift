import Dispatch
import Foundation
import Logging
import Synchronization
import Testing

@testable import DagstackBackend

/// The global bootstrap, each case in a process of its own (an exit test), so no test in this
/// process ever sees a bootstrapped logging system or a configured shared registry.
struct BootstrapTests {
    @Test
    func oneCallBootstrapSendsFacadeLoggersToTheSinks() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .success) { [path = path as String] in
                try DagstackBackend.bootstrap(
                    rootLevel: "DEBUG",
                    sinks: [try FileSink(path: path)],
                    perLoggerLevels: ["noisy": "ERROR"],
                    resourceAttributes: ["service.name": "orders"],
                    includeCodeLocation: false,
                    metadataProvider: Logger.MetadataProvider { ["request.id": "r-1"] }
                )
                let logger = Logger(label: "orders.api")
                logger.debug("debug kept", metadata: ["n": .stringConvertible(1)])
                logger.trace("trace dropped")
                Logger(label: "noisy.child").warning("dropped by the per-logger level")
                Logger(label: "noisy.child").error("kept by the per-logger level")
                withLogger(mergingMetadata: ["step": "pay"]) { _ in
                    Logger.current.info("from the task-local logger")
                }
                #expect(DagstackBackend.flush().success)
                #expect(DagstackBackend.shutdown().success)
            }
            let records = try records(inFile: path)
            try #require(
                records.map(\.body) == ["debug kept", "kept by the per-logger level", "from the task-local logger"]
            )
            #expect(records.map(\.instrumentationScope?.name) == ["orders.api", "noisy.child", "root"])
            #expect(records.allSatisfy { $0.resource == Resource(attributes: ["service.name": "orders"]) })
            #expect(records.allSatisfy { $0.attributes["request.id"] == "r-1" })
            #expect(records[0].attributes["n"] == .int(1))
            #expect(records[2].attributes["step"] == "pay")
            #expect(records[0].attributes["code.lineno"] == nil)
        }
    }

    @Test
    func twoStepBootstrapWorks() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .success) { [path = path as String] in
                try LoggerRegistry.shared.configure(rootLevel: "INFO", sinks: [try FileSink(path: path)])
                LoggingSystem.bootstrap(DagstackLogHandler.init)
                Logger(label: "two.step").info("hello")
                Logger(label: "two.step").debug("dropped")
                #expect(DagstackBackend.shutdown().success)
            }
            let records = try records(inFile: path)
            #expect(records.map(\.body) == ["hello"])
            #expect(records.first?.attributes["code.namespace"] == "DagstackBackendTests")
            #expect(records.first?.attributes["code.function"] != nil)
        }
    }

    @Test
    func twoStepBootstrapWithAProviderWorks() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .success) { [path = path as String] in
                try LoggerRegistry.shared.configure(sinks: [try FileSink(path: path)])
                LoggingSystem.bootstrap(
                    DagstackLogHandler.init,
                    metadataProvider: Logger.MetadataProvider { ["tenant": "acme"] }
                )
                Logger(label: "x").info("hello")
                #expect(DagstackBackend.shutdown().success)
            }
            let records = try records(inFile: path)
            #expect(records.map { $0.attributes["tenant"] } == ["acme"])
        }
    }

    @Test
    func bootstrapFromADecodedConfigurationAppliesTheEnvironment() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .success) { [path = path as String] in
                // The `logging:` section of an application's JSON configuration, decoded.
                let section = """
                    {"level": "WARN", "loggers": {"db": "DEBUG"},
                     "sinks": [{"id": "main", "type": "file", "path": "\(path)"}]}
                    """
                let configuration = try JSONDecoder().decode(LoggingConfiguration.self, from: Data(section.utf8))
                try DagstackBackend.bootstrap(
                    configuration: configuration,
                    environment: ["LOG_LEVEL_DB_POOL": "ERROR", "OTEL_SERVICE_NAME": "billing"]
                )
                Logger(label: "db.query").debug("db debug kept")
                Logger(label: "db.pool").warning("pool warning dropped")
                Logger(label: "db.pool").error("pool error kept")
                Logger(label: "web").info("web info dropped")
                #expect(DagstackBackend.shutdown().success)
            }
            let records = try records(inFile: path)
            #expect(records.map(\.body) == ["db debug kept", "pool error kept"])
            #expect(records.allSatisfy { $0.resource?.attributes["service.name"] == "billing" })
        }
    }

    @Test
    func aSecondBootstrapThrowsInsteadOfCrashing() async {
        await #expect(processExitsWith: .success) {
            try DagstackBackend.bootstrap(sinks: [])
            do {
                try DagstackBackend.bootstrap(sinks: [])
                exit(1)
            } catch let error as BootstrapError {
                exit(error.code == .alreadyBootstrapped ? 0 : 2)
            }
        }
    }

    @Test
    func racingBootstrapsLeaveOneWinnerAndThrowForTheRest() async {
        await #expect(processExitsWith: .success) {
            // Many at once, so some pass the early check before the winner installs its factory.
            let outcomes = Mutex<(won: Int, refused: Int)>((0, 0))
            DispatchQueue.concurrentPerform(iterations: 16) { _ in
                do {
                    try DagstackBackend.bootstrap(sinks: [])
                    outcomes.withLock { $0.won += 1 }
                } catch {
                    outcomes.withLock { $0.refused += 1 }
                }
            }
            exit(outcomes.withLock { $0 == (1, 15) } ? 0 : 1)
        }
    }

    @Test
    func racingBootstrapsLeaveTheWinnersConfigurationLive() async {
        await #expect(processExitsWith: .success) {
            // A loser must not configure the shared registry between the winner's configuration
            // and its install: records go to the sinks of the one call that returned.
            let sinks = (0..<16).map { _ in InMemorySink() }
            let winners = Mutex<[Int]>([])
            DispatchQueue.concurrentPerform(iterations: sinks.count) { index in
                if (try? DagstackBackend.bootstrap(sinks: [sinks[index]])) != nil {
                    winners.withLock { $0.append(index) }
                }
            }
            Logger(label: "race").info("after the race")
            let receivers = sinks.indices.filter { sinks[$0].count > 0 }
            exit(winners.withLock { $0.count == 1 && $0 == receivers } ? 0 : 1)
        }
    }

    @Test
    func exitFlushesWhatIsBuffered() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .exitCode(0)) { [path = path as String] in
                try DagstackBackend.bootstrap(sinks: [try FileSink(path: path)], includeCodeLocation: false)
                DagstackBackend.installShutdownHandlers()
                let logger = Logger(label: "x")
                for index in 0..<5_000 {
                    logger.info("record", metadata: ["index": .stringConvertible(index)])
                }
                exit(0)
            }
            let records = try records(inFile: path)
            #expect(records.count == 5_000)
            #expect(records.map { $0.attributes["index"] }.elementsEqual((0..<5_000).map { .int(Int64($0)) }))
        }
    }

    @Test
    func aNormalExitWritesWhatIsQueuedEvenWithoutShutdownOrHandlers() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .exitCode(0)) { [path = path as String] in
                try DagstackBackend.bootstrap(sinks: [try FileSink(path: path)], includeCodeLocation: false)
                let logger = Logger(label: "x")
                for index in 0..<3 {
                    logger.info("record", metadata: ["index": .stringConvertible(index)])
                }
                exit(0)
            }
            let records = try records(inFile: path)
            #expect(records.map { $0.attributes["index"] } == [.int(0), .int(1), .int(2)])
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aTerminationSignalFlushesThenEndsTheProcess(signalNumber: Int32) async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/app.jsonl"
            await #expect(processExitsWith: .signal(signalNumber)) {
                [path = path as String, signalNumber = signalNumber as Int32] in
                try DagstackBackend.bootstrap(sinks: [try FileSink(path: path)], includeCodeLocation: false)
                DagstackBackend.installShutdownHandlers()
                let logger = Logger(label: "x")
                for index in 0..<5_000 {
                    logger.info("record", metadata: ["index": .stringConvertible(index)])
                }
                kill(getpid(), signalNumber)
                // The handler ends the process; this only waits for it.
                while true { sleep(1) }
            }
            let records = try records(inFile: path)
            #expect(records.count == 5_000)
        }
    }

    @Test
    func anIgnoredSignalStaysIgnored() async {
        await #expect(processExitsWith: .success) {
            signal(SIGINT, SIG_IGN)
            try DagstackBackend.bootstrap(sinks: [])
            DagstackBackend.installShutdownHandlers()
            var action = sigaction()
            sigaction(SIGINT, nil, &action)
            let handler = action.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: UInt.self) }
            exit(handler == 1 && ShutdownHandlers.watchedSignals == [SIGTERM] ? 0 : 1)
        }
    }
}
