import Foundation
import Testing

@testable import DagstackCore

struct InternalChannelTests {
    private let second: UInt64 = 1_000_000_000

    private func channel(now: MutexBox<UInt64>, output: CapturedOutput) -> InternalChannel {
        InternalChannel(
            monotonicNanoseconds: { now.value },
            wallClockNanoseconds: { 1_776_592_800_000_000_000 },
            output: output.append
        )
    }

    private func object(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    @Test
    func aDiagnosticIsOneJSONLineOfTheInternalScopeInOneWrite() throws {
        let output = CapturedOutput()
        let channel = channel(now: MutexBox(10 * second), output: output)
        let diagnostic = Diagnostic(key: "k", severity: .error, message: "it broke", attributes: ["sink.id": "x"])
        #expect(channel.report(diagnostic))
        #expect(output.all.count == 1)
        let line = try #require(output.lines.first)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false)
        let json = try #require(object(line))
        #expect((json["instrumentation_scope"] as? [String: Any])?["name"] as? String == "dagstack.logger.internal")
        #expect(json["body"] as? String == "it broke")
        #expect(json["severity_text"] as? String == "ERROR")
        #expect((json["attributes"] as? [String: Any])?["sink.id"] as? String == "x")
    }

    @Test
    func aRepeatedDiagnosticIsWrittenOncePerSecondWithTheSuppressedCount() throws {
        let now = MutexBox(10 * second)
        let output = CapturedOutput()
        let channel = channel(now: now, output: output)
        let diagnostic = Diagnostic(key: "same", severity: .warn, message: "again")
        #expect(channel.report(diagnostic))
        for _ in 0..<5 { #expect(!channel.report(diagnostic)) }
        now.update { $0 += second }
        #expect(channel.report(diagnostic))
        try #require(output.all.count == 2)
        let attributes = try #require(object(output.lines[1])?["attributes"] as? [String: Any])
        #expect(attributes["dagstack.suppressed_count"] as? Int == 5)
        let first = try #require(object(output.lines[0])?["attributes"] as? [String: Any])
        #expect(first["dagstack.suppressed_count"] == nil)
    }

    @Test
    func deliveryEventsBecomeDiagnosticsKeyedBySink() {
        let events: [DeliveryEvent] = [
            .queueOverflow(dropped: 3, policy: .dropOldest), .writeFailed(message: "EIO", dropped: 2),
            .flushTimedOut(pending: 4), .abandoned(dropped: 5),
        ]
        let diagnostics = events.map { InternalChannel.diagnostic(for: $0, sinkID: "file:/a") }
        #expect(Set(diagnostics.map(\.key)).count == 4)
        #expect(diagnostics.allSatisfy { $0.key.hasSuffix(":file:/a") && $0.attributes["sink.id"] == "file:/a" })
        #expect(diagnostics[0].attributes["dropped"] == 3)
        #expect(diagnostics[1].severity == .error)
    }

    @Test
    func aFileSinkReportsItsOverflowDropsOnTheChannel() throws {
        try withTemporaryDirectory { directory in
            let (sink, output) = try FileFixtures.quietFileSink(
                directory.appendingPathComponent("o.jsonl").path,
                delivery: DeliveryOptions(capacity: 2)
            )
            sink.engine.holdWorker()
            for number in 0..<10 { sink.emit(FileFixtures.record(number)) }
            sink.engine.releaseWorker()
            sink.close()
            let line = try #require(output.lines.first)
            #expect(line.contains("sink.queue_overflow:\(sink.id)"))
            #expect(line.contains("\"dropped\":8"))
        }
    }
}
