import Testing

@testable import DagstackCore

struct InMemorySinkTests {
    private typealias F = FileFixtures

    @Test
    func theRingKeepsTheNewestRecordsAndCountsTheDroppedOnes() throws {
        let sink = InMemorySink(capacity: 3)
        for number in 0..<7 { sink.emit(F.record(number)) }
        #expect(sink.bodies == ["record 4", "record 5", "record 6"])
        let counters = try #require(sink.counters)
        #expect(counters.emitted == 7)
        #expect(counters.delivered == 3)
        #expect(counters.droppedQueueOverflow == 4)
    }

    @Test
    func recordsAreStoredTypedAndUnchanged() {
        let sink = InMemorySink()
        let record = F.record(1)
        sink.emit(record)
        #expect(sink.records() == [record])
    }

    @Test
    func clearEmptiesTheBufferButKeepsTheTotals() {
        let sink = InMemorySink(capacity: 2)
        for number in 0..<3 { sink.emit(F.record(number)) }
        sink.clear()
        #expect(sink.records().isEmpty)
        sink.emit(F.record(9))
        #expect(sink.bodies == ["record 9"])
        #expect(sink.counters?.emitted == 4)
    }

    @Test
    func helpersFilterBySeverityBodyAndAttribute() {
        let sink = InMemorySink()
        sink.emit(F.record(1, severity: .debug))
        sink.emit(F.record(2, severity: .warn))
        sink.emit(F.record(3, severity: .error))
        #expect(sink.records(severity: .warn).map(\.body) == ["record 2"])
        #expect(sink.records(atLeast: .warn).count == 2)
        #expect(sink.records(body: "record 3").count == 1)
        #expect(sink.records(bodyContaining: "record").count == 3)
        #expect(sink.records(attribute: "n", equals: 2).map(\.severity) == [.warn])
        #expect(sink.records(havingAttribute: "t").count == 3)
        #expect(sink.records(havingAttribute: "missing").isEmpty)
        #expect(sink.records { $0.severity > .warn }.count == 1)
        #expect(sink.count == 3)
    }

    @Test
    func idsNameTheCapacityAndAreUnique() {
        let first = InMemorySink(capacity: 5)
        let second = InMemorySink(capacity: 5)
        #expect(first.id.hasPrefix("in-memory:cap=5#"))
        #expect(first.id != second.id)
    }

    @Test
    func minimumSeverityAndCloseAreHonoured() {
        let sink = InMemorySink(minSeverity: .info)
        #expect(!sink.supportsSeverity(.debug))
        #expect(sink.supportsSeverity(.info))
        sink.emit(F.record(1))
        #expect(sink.close().success)
        sink.emit(F.record(2))
        #expect(sink.bodies == ["record 1"])
        #expect(sink.counters?.droppedAfterClose == 1)
        #expect(sink.flush(timeout: .zero).success)
    }
}
