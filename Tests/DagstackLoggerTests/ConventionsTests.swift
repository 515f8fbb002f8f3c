import DagstackCore
import Testing

@testable import DagstackLogger

@Suite("Logger conventions: operation, progress, events")
struct ConventionsTests {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    @Test func operationLogsStartedAndCompletedWithItsAttributes() throws {
        let test = try TestRegistry()
        let clock = ManualClock()
        let operation = test.logger("etl").operation(
            name: "ingest",
            kind: "job",
            attributes: ["source": "s3"],
            id: "00000000000000aa",
            clock: clock.read
        )
        operation.logger.info("batch", attributes: ["rows": 10])
        clock.advance(milliseconds: 250)
        operation.complete(attributes: ["rows.total": 10])
        operation.complete()
        operation.fail(Broken())
        let records = test.sink.records()
        try #require(records.count == 3)
        let common: [String: Value] = [
            "operation.name": "ingest", "operation.id": "00000000000000aa", "operation.kind": "job",
        ]
        #expect(records[0].body == "ingest started")
        #expect(
            records[0].attributes
                == common.merging(["event.domain": "operation", "event.name": "started", "source": "s3"]) { $1 }
        )
        #expect(records[1].attributes == common.merging(["rows": 10]) { $1 })
        #expect(records[2].body == "ingest completed")
        #expect(records[2].severity == .info)
        #expect(
            records[2].attributes
                == common.merging([
                    "event.domain": "operation", "event.name": "completed", "operation.status": "ok",
                    "operation.duration_ms": 250.0, "rows.total": 10,
                ]) { $1 }
        )
        #expect(operation.isEnded)
    }

    @Test func withOperationFailsAndRethrows() throws {
        let test = try TestRegistry()
        #expect(throws: Broken.self) {
            try test.logger("etl").withOperation(name: "load") { (_: Operation) throws(Broken) in throw Broken() }
        }
        let records = test.sink.records()
        #expect(records.map(\.body) == ["load started", "load failed"])
        let failed = try #require(records.last)
        #expect(failed.severity == .error)
        #expect(failed.attributes["operation.status"] == "error")
        #expect(failed.attributes["event.name"] == "failed")
        #expect(failed.attributes["exception.message"] == "disk full")
        #expect(failed.attributes["operation.duration_ms"]?.doubleValue != nil)
        #expect(failed.attributes["operation.id"]?.stringValue?.count == 16)
    }

    @Test func withOperationCompletesAndReturnsTheResult() async throws {
        let test = try TestRegistry()
        let value = await test.logger("etl").withOperation(name: "sum") { operation in
            await Task.yield()
            operation.logger.debug("working")
            return 42
        }
        #expect(value == 42)
        #expect(test.sink.records().map(\.body) == ["sum started", "working", "sum completed"])
    }

    @Test func progressTicksAreRateLimitedAndEndsAreNeverDropped() throws {
        let test = try TestRegistry()
        let clock = ManualClock()
        let progress = test.logger("copy").progress(
            current: 0,
            total: 100,
            unit: "files",
            minInterval: .milliseconds(100),
            clock: clock.read
        )
        progress.update(current: 10)
        clock.advance(milliseconds: 50)
        progress.update(current: 20)
        clock.advance(milliseconds: 50)
        progress.update(current: 30)
        progress.advance(by: 5)
        progress.complete()
        progress.update(current: 99)
        progress.fail(Broken())
        let records = test.sink.records()
        try #require(
            records.map(\.body) == [
                "progress started: 0/100 files", "progress tick: 30/100 files", "progress completed: 100/100 files",
            ]
        )
        #expect(records.map { $0.attributes["event.name"] } == ["started", "tick", "completed"])
        #expect(records.allSatisfy { $0.attributes["event.domain"] == "progress" })
        #expect(records[1].attributes["progress.suppressed"] == 2)
        #expect(records[1].attributes["progress.total"] == 100)
        #expect(records[1].attributes["progress.unit"] == "files")
        #expect(progress.current == 100)
    }

    @Test func progressFailureIsLoggedEvenRightAfterATick() throws {
        let test = try TestRegistry()
        let clock = ManualClock()
        let progress = test.logger("copy").progress(
            current: 5,
            total: nil,
            unit: nil,
            minInterval: .seconds(1),
            clock: clock.read
        )
        progress.update(current: 6)
        progress.fail(Broken())
        let records = test.sink.records()
        #expect(records.map(\.body) == ["progress started: 5", "progress failed: 6"])
        #expect(records.last?.severity == .error)
        #expect(records.last?.attributes["progress.total"] == nil)
        #expect(records.last?.attributes["exception.message"] == "disk full")
    }

    @Test func throttleAdmitsATickOnlyAfterTheInterval() {
        var throttle = ProgressThrottle(minIntervalNanoseconds: 100, start: 1_000)
        var verdicts: [Bool] = []
        for now: UInt64 in [1_050, 1_100, 1_199] { verdicts.append(throttle.admitTick(now: now)) }
        #expect(verdicts == [false, true, false])
        #expect(throttle.suppressed == 1)
        let backwards = throttle.admitTick(now: 900)
        let later = throttle.admitTick(now: 1_200)
        #expect(!backwards && later)
        #expect(throttle.suppressed == 0)
        let ends = [throttle.admitEnd(), throttle.admitEnd()]
        #expect(ends == [true, false])
        let afterEnd = throttle.admitTick(now: 10_000)
        #expect(!afterEnd)
    }

    @Test func userEventsCarryDomainAndName() throws {
        let test = try TestRegistry()
        try test.logger("billing").emitEvent(
            domain: "billing",
            name: "invoice_sent",
            attributes: ["invoice.id": "i-1", "event.name": "spoof"]
        )
        let record = try #require(test.sink.records().first)
        #expect(record.body == "billing.invoice_sent")
        #expect(record.attributes == ["event.domain": "billing", "event.name": "invoice_sent", "invoice.id": "i-1"])
    }

    @Test(arguments: ["dagstack", "dagstack.internal", "operation", "Operation", "progress.sub"])
    func reservedDomainsAreRejected(domain: String) throws {
        let test = try TestRegistry()
        let error = #expect(throws: EventError.self) {
            try test.logger().emitEvent(domain: domain, name: "x")
        }
        #expect(error?.code == .reservedDomain)
        #expect(error?.message.hasPrefix("event domain \"\(domain)\" is reserved") == true)
        #expect(test.sink.records().isEmpty)
    }

    @Test(arguments: ["dagstackx", "operations", "my.progress"])
    func lookalikeDomainsAreAllowed(domain: String) throws {
        let test = try TestRegistry()
        try test.logger().emitEvent(domain: domain, name: "x")
        #expect(test.sink.records().count == 1)
    }

    @Test func emptyDomainOrNameIsRejected() throws {
        let test = try TestRegistry()
        let error = #expect(throws: EventError.self) { try test.logger().emitEvent(domain: "", name: "x") }
        #expect(error?.code == .emptyName)
        #expect(throws: EventError.self) { try test.logger().emitEvent(domain: "a", name: "") }
    }

    @Test func anIntervalTooLongForNanosecondsMeansNoTicks() throws {
        let test = try TestRegistry()
        let clock = ManualClock()
        let progress = test.logger("copy").progress(
            current: 0,
            total: 10,
            unit: nil,
            minInterval: .seconds(Int64.max),
            clock: clock.read
        )
        clock.advance(milliseconds: 1_000_000_000)
        progress.advance(by: 5)
        #expect(test.sink.records().map { $0.attributes["event.name"] } == ["started"])
        progress.complete()
        #expect(test.sink.records().map { $0.attributes["event.name"] } == ["started", "completed"])
    }

    @Test func concurrentAdvancesNeverLoseAStep() async throws {
        let test = try TestRegistry()
        let progress = test.logger("copy").progress(
            current: 0,
            total: nil,
            unit: nil,
            minInterval: .seconds(3600),
            clock: ManualClock().read
        )
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1_000 { progress.advance() } }
            }
        }
        #expect(progress.current == 8_000)
        progress.complete()
        #expect(test.sink.records().last?.attributes["progress.current"] == 8_000)
    }
}
