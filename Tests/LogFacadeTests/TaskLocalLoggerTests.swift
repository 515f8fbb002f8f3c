import Logging
import Testing

struct TaskLocalLoggerTests {
    struct Expected: Error, Equatable { var code: Int }

    @Test func withLoggerBindsCurrentAndPassesIt() {
        let (logger, box) = Logger.recording("bound")
        let label = withLogger(logger) { passed in
            Logger.current.info("inside")
            passed.info("passed")
            return Logger.current.label
        }
        #expect(label == "bound")
        #expect(box.all.map(\.message) == ["inside", "passed"])
        #expect(Logger.current.label != "bound")
    }

    @Test func nestedScopesRestoreOuterLogger() {
        let (outer, _) = Logger.recording("outer")
        let (inner, _) = Logger.recording("inner")
        withLogger(outer) { _ in
            withLogger(inner) { _ in
                #expect(Logger.current.label == "inner")
            }
            #expect(Logger.current.label == "outer")
        }
    }

    @Test func mergingMetadataExtendsTheCurrentLogger() {
        let (base, box) = Logger.recording("svc")
        withLogger(base) { _ in
            withLogger(mergingMetadata: ["request.id": "r-1"]) { logger in
                withLogger(mergingMetadata: ["user.id": "7", "request.id": "r-2"]) { inner in
                    inner.info("deep")
                    #expect(inner.handler.metadata == ["request.id": "r-2", "user.id": "7"])
                }
                logger.info("shallow")
                #expect(logger.handler.metadata == ["request.id": "r-1"])
            }
        }
        #expect(box.all.map(\.message) == ["deep", "shallow"])
        #expect(base.handler.metadata.isEmpty)
    }

    @Test func levelHandlerAndMetadataOverloadReplacesWhatIsGiven() {
        let (base, _) = Logger.recording("svc")
        let box = RecordingHandler.Box()
        withLogger(base) { _ in
            withLogger(logLevel: .error) { logger in
                #expect(logger.logLevel == .error)
                #expect(logger.label == "svc")
            }
            withLogger(handler: RecordingHandler(box: box), metadata: ["only": "this"]) { logger in
                logger.info("to new handler")
                #expect(logger.handler.metadata == ["only": "this"])
            }
        }
        #expect(box.all.map(\.message) == ["to new handler"])
    }

    @Test func asyncScopesPropagateIntoChildTasks() async {
        let (logger, box) = Logger.recording("async")
        await withLogger(logger) { _ in
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<4 {
                    group.addTask { Logger.current.info("child \(index)") }
                }
            }
            async let fromAsyncLet: String = Logger.current.label
            #expect(await fromAsyncLet == "async")
            let detachedLabel = await Task.detached { Logger.current.label }.value
            #expect(detachedLabel != "async")
        }
        #expect(box.all.count == 4)
    }

    @Test func asyncMergingAndOverloadForms() async {
        let (logger, box) = Logger.recording("async")
        await withLogger(logger) { _ in
            await withLogger(mergingMetadata: ["k": "v"]) { inner in
                await Task.yield()
                inner.info("merged")
            }
            await withLogger(logLevel: .critical) { inner in
                await Task.yield()
                inner.error("dropped")
                inner.critical("kept")
            }
        }
        #expect(box.all.map(\.message) == ["merged", "kept"])
    }

    @Test func typedErrorsPropagateUnchanged() async {
        let (logger, _) = Logger.recording()
        #expect(throws: Expected(code: 1)) {
            try withLogger(logger) { _ throws(Expected) in throw Expected(code: 1) }
        }
        await #expect(throws: Expected(code: 2)) {
            try await withLogger(logger) { _ async throws(Expected) in throw Expected(code: 2) }
        }
        let caught: Expected? = {
            do throws(Expected) {
                try withLogger(mergingMetadata: [:]) { _ throws(Expected) in throw Expected(code: 3) }
                return nil
            } catch {
                return error  // typed throws: `error` is `Expected` here, no cast
            }
        }()
        #expect(caught == Expected(code: 3))
    }
}
