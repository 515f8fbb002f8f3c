import DagstackCore
import Testing

@testable import DagstackLogger

@Suite("Logger: scoped sinks")
struct ScopedSinksTests {
    @Test func thousandConcurrentTasksEachSeeOnlyTheirOwnRecords() async throws {
        let test = try TestRegistry()
        let logger = test.logger("jobs")
        let count = 1_000
        let sinks = (0..<count).map { _ in InMemorySink() }
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                let sink = sinks[index]
                group.addTask {
                    await logger.withScopedSinks([sink]) {
                        logger.info("task \(index)")
                        await Task.yield()
                        test.logger("jobs.worker").info("worker \(index)")
                        await withTaskGroup(of: Void.self) { inner in
                            inner.addTask { logger.child(attributes: ["n": .int(Int64(index))]).info("child \(index)") }
                        }
                    }
                }
            }
        }
        for (index, sink) in sinks.enumerated() {
            #expect(sink.records().map(\.body) == ["task \(index)", "worker \(index)", "child \(index)"])
        }
        #expect(test.sink.records().isEmpty)
    }

    @Test func scopeEndsWithTheClosureAndCoversOnlyTheSubtree() throws {
        let test = try TestRegistry()
        let scoped = InMemorySink()
        let db = test.logger("db")
        db.withScopedSinks([scoped]) {
            db.info("db")
            test.logger("db.pool").info("pool")
            test.logger("web").info("web")
            db.withSinks([InMemorySink()]).info("detached")
        }
        db.info("after")
        #expect(scoped.records().map(\.body) == ["db", "pool"])
        #expect(test.sink.records().map(\.body) == ["web", "after"])
    }

    @Test func innerScopeWinsAndOuterResumes() throws {
        let test = try TestRegistry()
        let outer = InMemorySink()
        let inner = InMemorySink()
        let root = test.logger()
        let app = test.logger("app")
        root.withScopedSinks([outer]) {
            app.withScopedSinks([inner]) { app.info("inner") }
            app.info("outer")
        }
        #expect(inner.records().map(\.body) == ["inner"])
        #expect(outer.records().map(\.body) == ["outer"])
    }

    @Test func scopeEndsWhenTheBodyThrows() throws {
        struct Failure: Error {}
        let test = try TestRegistry()
        let scoped = InMemorySink()
        let logger = test.logger("x")
        #expect(throws: Failure.self) {
            try logger.withScopedSinks([scoped]) { () throws(Failure) in
                logger.info("inside")
                throw Failure()
            }
        }
        logger.info("outside")
        #expect(scoped.records().map(\.body) == ["inside"])
        #expect(test.sink.records().map(\.body) == ["outside"])
    }

    @Test func scopesOfAnotherRegistryDoNotApply() throws {
        let first = try TestRegistry()
        let second = try TestRegistry()
        let scoped = InMemorySink()
        first.logger("x").withScopedSinks([scoped]) { second.logger("x").info("second") }
        #expect(scoped.records().isEmpty)
        #expect(second.sink.records().count == 1)
    }
}
