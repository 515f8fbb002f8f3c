import Logging
import Testing

struct LoggerValueSemanticsTests {
    @Test func changingLevelOfCopyLeavesOriginalAlone() {
        var logger1 = Logger(label: "first", factory: { _ in RecordingHandler() })
        logger1.logLevel = .debug
        var logger2 = logger1
        logger2.logLevel = .error
        #expect(logger1.logLevel == .debug)
        #expect(logger2.logLevel == .error)
    }

    @Test func changingMetadataOfCopyLeavesOriginalAlone() {
        var logger1 = Logger(label: "first", factory: { _ in RecordingHandler() })
        logger1[metadataKey: "a"] = "1"
        var logger2 = logger1
        logger2[metadataKey: "a"] = "2"
        logger2[metadataKey: "b"] = "3"
        #expect(logger1[metadataKey: "a"] == "1")
        #expect(logger1[metadataKey: "b"] == nil)
        #expect(logger2[metadataKey: "a"] == "2")
        #expect(logger2.handler.metadata == ["a": "2", "b": "3"])
    }

    @Test func replacingHandlerOfCopyLeavesOriginalAlone() {
        let (logger1, box1) = Logger.recording("orig")
        var logger2 = logger1
        let box2 = RecordingHandler.Box()
        logger2.handler = RecordingHandler(box: box2)
        logger1.info("to one")
        logger2.info("to two")
        #expect(box1.all.map(\.message) == ["to one"])
        #expect(box2.all.map(\.message) == ["to two"])
        #expect(logger2.label == "orig")
    }

    @Test func labelComesFromInit() {
        let logger = Logger(label: "com.example.orders", factory: { _ in SwiftLogNoOpLogHandler() })
        #expect(logger.label == "com.example.orders")
    }

    @Test func factoryReceivesLabel() {
        let seen = EvaluationCounter()
        _ = Logger(
            label: "given",
            factory: { label in
                #expect(label == "given")
                return seen.touch(SwiftLogNoOpLogHandler())
            }
        )
        #expect(seen.value == 1)
    }

    @Test func metadataProviderIsTheHandlers() {
        let provider = Logger.MetadataProvider { ["p": "1"] }
        var handler = RecordingHandler()
        handler.metadataProvider = provider
        let logger = Logger(label: "x", factory: { _ in handler })
        #expect(logger.metadataProvider?.get() == ["p": "1"])
    }
}
