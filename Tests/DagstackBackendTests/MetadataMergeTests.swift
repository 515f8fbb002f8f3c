import DagstackBackend
import Logging
import Testing

struct MetadataMergeTests {
    @Test
    func handlerProviderAndCallSiteMergeWithCallSiteWinning() throws {
        let provider = Logger.MetadataProvider { ["shared": "provider", "from.provider": "p", "both.provider": "p"] }
        let pipeline = TestPipeline(includeCodeLocation: false, metadataProvider: provider)
        var logger = pipeline.logger()
        logger[metadataKey: "shared"] = "handler"
        logger[metadataKey: "from.handler"] = "h"
        logger[metadataKey: "both.provider"] = "h"
        logger[metadataKey: "both.call"] = "h"
        logger.info("m", metadata: ["shared": "call", "from.call": "c", "both.call": "c"])
        let attributes = try #require(pipeline.onlyRecord).attributes
        #expect(
            attributes == [
                "code.namespace": "DagstackBackendTests",
                "shared": "call",
                "from.handler": "h",
                "from.provider": "p",
                "from.call": "c",
                "both.provider": "p",
                "both.call": "c",
            ]
        )
    }

    @Test
    func providerWinsOverHandlerMetadata() throws {
        let provider = Logger.MetadataProvider { ["k": "provider"] }
        let pipeline = TestPipeline(includeCodeLocation: false, metadataProvider: provider)
        var logger = pipeline.logger()
        logger[metadataKey: "k"] = "handler"
        logger.info("m")
        #expect(try #require(pipeline.onlyRecord).attributes["k"] == "provider")
    }

    @Test
    func providerIsReadAtEachCall() throws {
        let counter = Counter()
        let provider = Logger.MetadataProvider { ["call": .stringConvertible(counter.next())] }
        let pipeline = TestPipeline(metadataProvider: provider)
        let logger = pipeline.logger()
        logger.info("one")
        logger.debug("two")
        #expect(pipeline.sink.records().map { $0.attributes["call"] } == [.int(1), .int(2)])
    }

    @Test
    func providerIsNotCalledForDisabledLevels() {
        let counter = Counter()
        let provider = Logger.MetadataProvider { ["call": .stringConvertible(counter.next())] }
        let pipeline = TestPipeline(rootLevel: .warn, metadataProvider: provider)
        pipeline.logger().info("dropped")
        #expect(counter.next() == 1)
        #expect(pipeline.sink.count == 0)
    }

    @Test
    func loggerInitWithProviderUsesIt() throws {
        let pipeline = TestPipeline()
        var handler = pipeline.factory("test")
        handler.metadataProvider = Logger.MetadataProvider { ["request.id": "r-1"] }
        Logger(label: "test", factory: { _ in handler }).info("m")
        #expect(try #require(pipeline.onlyRecord).attributes["request.id"] == "r-1")
    }

    @Test
    func taskLocalMergedMetadataReachesTheRecord() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        withLogger(pipeline.logger("svc")) { _ in
            withLogger(mergingMetadata: ["request.id": "r-7", "tenant": "acme"]) { logger in
                withLogger(mergingMetadata: ["tenant": "globex"]) { _ in
                    Logger.current.info("inner", metadata: ["step": "pay"])
                }
                logger.info("outer")
            }
        }
        let records = pipeline.sink.records()
        #expect(records.map(\.body) == ["inner", "outer"])
        #expect(
            records.map(\.attributes) == [
                ["code.namespace": "DagstackBackendTests", "request.id": "r-7", "tenant": "globex", "step": "pay"],
                ["code.namespace": "DagstackBackendTests", "request.id": "r-7", "tenant": "acme"],
            ]
        )
        #expect(records.allSatisfy { $0.instrumentationScope?.name == "svc" })
    }

    @Test
    func taskLocalMetadataFollowsAsyncChildren() async throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        await withLogger(pipeline.logger("svc")) { _ in
            await withLogger(mergingMetadata: ["request.id": "r-9"]) { _ in
                async let child: Void = { Logger.current.info("child") }()
                await child
            }
        }
        #expect(try #require(pipeline.onlyRecord).attributes["request.id"] == "r-9")
    }
}
