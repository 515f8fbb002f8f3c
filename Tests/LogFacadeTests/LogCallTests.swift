import Logging
import Testing

struct LogCallTests {
    struct Boom: Error {}

    @Test func eachLevelMethodLogsAtItsLevel() {
        let (logger, box) = Logger.recording()
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.notice("n")
        logger.warning("w")
        logger.error("e")
        logger.critical("c")
        #expect(box.all.map(\.level) == Logger.Level.allCases)
        #expect(box.all.map(\.message.description) == ["t", "d", "i", "n", "w", "e", "c"])
    }

    @Test(arguments: Logger.Level.allCases)
    func logLevelMethodLogsAtGivenLevel(level: Logger.Level) throws {
        let (logger, box) = Logger.recording()
        logger.log(level: level, "plain")
        logger.log(level: level, "with source", metadata: ["k": "v"], source: "S")
        logger.log(level: level, "with error", error: Boom(), metadata: nil, source: nil)
        try #require(box.all.map(\.level) == [level, level, level])
        #expect(box.all[1].metadata == ["k": "v"])
        #expect(box.all[1].source == "S")
        #expect(box.all[2].error is Boom)
    }

    @Test(arguments: Logger.Level.allCases)
    func levelsBelowThresholdAreDroppedWithoutEvaluation(threshold: Logger.Level) {
        let (base, box) = Logger.recording()
        var logger = base
        logger.logLevel = threshold
        let counter = EvaluationCounter()
        for level in Logger.Level.allCases {
            logger.log(
                level: level,
                "\(counter.touch("message"))",
                error: counter.touch(Boom()),
                metadata: counter.touch(["k": "v"]),
                source: counter.touch("source")
            )
        }
        let passed = Logger.Level.allCases.filter { $0 >= threshold }
        #expect(box.all.map(\.level) == passed)
        // Each call that passes evaluates message, error, metadata and source exactly once.
        #expect(counter.value == passed.count * 4)
    }

    @Test func disabledLevelMethodsEvaluateNothing() {
        var logger = Logger(label: "x", factory: { _ in RecordingHandler() })
        logger.logLevel = .critical
        let counter = EvaluationCounter()
        logger.trace("\(counter.touch(1))", metadata: counter.touch([:]))
        logger.debug("\(counter.touch(1))", error: counter.touch(Boom()))
        logger.info("\(counter.touch(1))", metadata: counter.touch([:]), source: counter.touch("s"))
        logger.notice("\(counter.touch(1))")
        logger.warning("\(counter.touch(1))")
        logger.error("\(counter.touch(1))")
        #expect(counter.value == 0)
    }

    @Test func sourceDefaultsToModuleOfCallSite() throws {
        let (logger, box) = Logger.recording()
        logger.info("no explicit source")
        logger.info("explicit", source: "Billing")
        try #require(box.all.count == 2)
        #expect(box.all[0].source == "LogFacadeTests")
        #expect(box.all[1].source == "Billing")
    }

    @Test func callSiteLocationIsPassedThrough() throws {
        let (logger, box) = Logger.recording()
        let line: UInt = #line + 1
        logger.warning("here")
        let event = try #require(box.all.first)
        #expect(event.file == #fileID)
        #expect(event.function == #function)
        #expect(event.line == line)
    }

    @Test func everyLevelHasTheErrorOverload() {
        let (logger, box) = Logger.recording()
        logger.trace("t", error: Boom())
        logger.debug("d", error: Boom())
        logger.info("i", error: Boom())
        logger.notice("n", error: Boom())
        logger.warning("w", error: Boom())
        logger.error("e", error: Boom())
        logger.critical("c", error: Boom())
        #expect(box.all.count == 7)
        #expect(box.all.allSatisfy { $0.error is Boom })
    }

    @Test func messageInterpolationAndLiteral() {
        let (logger, box) = Logger.recording()
        let id = 42
        logger.info("order \(id) placed")
        let message: Logger.Message = "literal"
        #expect(message.description == "literal")
        #expect(box.all.first?.message == "order 42 placed")
    }

    @Test func logEventSourceDerivesFromFileUnlessSet() {
        var event = LogEvent(
            level: .info,
            message: "m",
            metadata: nil,
            source: nil,
            file: "Orders/Handler.swift",
            function: "f()",
            line: 1
        )
        #expect(event.source == "Orders")
        #expect(event.error == nil)
        event.source = "Explicit"
        #expect(event.source == "Explicit")
        let noModule = LogEvent(
            level: .info,
            message: "m",
            metadata: nil,
            source: nil,
            file: "nofile",
            function: "f()",
            line: 1
        )
        #expect(noModule.source == "n/a")
    }
}
