import DagstackTestSupport
import Foundation
import Glibc
import Testing

@testable import DagstackCore

struct ConsoleSinkTests {
    private typealias F = FileFixtures

    private func sink(
        _ mode: ConsoleSink.Mode,
        descriptor: Int32,
        environment: [String: String] = [:],
        delivery: DeliveryOptions = DeliveryOptions()
    ) -> ConsoleSink {
        ConsoleSink(
            mode: mode,
            stream: ConsoleStream(fileDescriptor: descriptor),
            minSeverity: .trace,
            delivery: delivery,
            environment: environment,
            diagnostics: F.quietChannel().0
        )
    }

    private func stamped(_ number: Int) -> LogRecord {
        var record = F.record(number)
        record.observedTimeUnixNano = 1_776_592_800_200_000_000
        return record
    }

    @Test(arguments: [ConsoleSink.Mode.json, .auto])
    func jsonAndAutoOnAPipeWriteExactlyTheWireEncodersBytes(mode: ConsoleSink.Mode) throws {
        let pipe = try CollectingPipe()
        let sink = sink(mode, descriptor: pipe.writeEnd)
        #expect(sink.format == .json)
        var expected: [UInt8] = []
        for number in 0..<50 {
            let record = stamped(number)
            _ = JSONLinesEncoder.encode(record, into: &expected)
            sink.emit(record)
        }
        #expect(sink.close().success)
        #expect(pipe.finish() == expected)
    }

    @Test
    func prettyModeOnAPipeWritesTheGoldenLinesWithoutColour() throws {
        let pipe = try CollectingPipe()
        let sink = sink(.pretty, descriptor: pipe.writeEnd)
        #expect(sink.format == ConsoleFormat.pretty(colors: false))
        sink.emit(F.record(1))
        sink.emit(F.record(2, severity: .error))
        #expect(sink.close().success)
        #expect(
            String(decoding: pipe.finish(), as: UTF8.self)
                == "2026-04-19T10:00:00.123456Z [INFO] tests.file: record 1 | n=1 t=0\n"
                + "2026-04-19T10:00:00.123456Z [ERROR] tests.file: record 2 | n=2 t=0\n"
        )
    }

    @Test
    func prettyWithColoursWritesTheGoldenColouredLine() throws {
        let pipe = try CollectingPipe()
        let target = ConsoleTarget(descriptor: pipe.writeEnd, format: .pretty(colors: true))
        var batch = QueueBatch([F.record(7, severity: .warn)])
        let report = target.deliver(&batch)
        #expect(report == DeliveryReport(delivered: 1))
        let (dim, reset, yellow) = ("\u{1B}[2m", "\u{1B}[0m", "\u{1B}[33m")
        #expect(
            String(decoding: pipe.finish(), as: UTF8.self)
                == "\(dim)2026-04-19T10:00:00.123456Z\(reset) [\(yellow)WARN\(reset)] \(dim)tests.file\(reset): "
                + "record 7 \(dim)|\(reset) n=7 t=0\n"
        )
    }

    @Test
    func autoIsPrettyOnATerminalWithColoursUnlessNoColorIsSet() throws {
        let pty = try #require(PseudoTerminal.open())
        defer { pty.close() }
        #expect(isatty(pty.terminal) == 1)
        let terminal = pty.terminal
        let coloured = sink(.auto, descriptor: terminal)
        #expect(coloured.format == ConsoleFormat.pretty(colors: true))
        coloured.close()
        let plain = sink(.auto, descriptor: terminal, environment: ["NO_COLOR": "1"])
        #expect(plain.format == ConsoleFormat.pretty(colors: false))
        plain.close()
    }

    @Test(arguments: [
        (ConsoleSink.Mode.auto, false, [String: String](), ConsoleFormat.json),
        (.auto, true, [:], .pretty(colors: true)),
        (.auto, true, ["NO_COLOR": "1"], .pretty(colors: false)),
        (.auto, true, ["NO_COLOR": ""], .pretty(colors: true)),
        (.pretty, false, [:], .pretty(colors: false)),
        (.pretty, true, ["NO_COLOR": "yes"], .pretty(colors: false)),
        (.pretty, true, [:], .pretty(colors: true)),
        (.json, true, [:], .json),
    ])
    func modeResolution(
        mode: ConsoleSink.Mode,
        isTerminal: Bool,
        environment: [String: String],
        expected: ConsoleFormat
    ) {
        #expect(ConsoleFormat.resolve(mode: mode, isTerminal: isTerminal, environment: environment) == expected)
    }

    @Test(arguments: ConsoleSink.Mode.allCases)
    func theIdNamesTheConfiguredMode(mode: ConsoleSink.Mode) throws {
        let pipe = try CollectingPipe()
        let sink = sink(mode, descriptor: pipe.writeEnd)
        #expect(sink.id == "console:\(mode.rawValue)")
        sink.close()
        _ = pipe.finish()
    }

    @Test
    func linesFromConcurrentEmittersAreNeverInterleaved() throws {
        let pipe = try CollectingPipe()
        let sink = sink(.json, descriptor: pipe.writeEnd, delivery: DeliveryOptions(overflow: .block))
        let padding = String(repeating: "y", count: 3000)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for number in 0..<300 {
                var record = F.record(number, thread: thread)
                record.attributes["pad"] = .string(padding)
                sink.emit(record)
            }
        }
        #expect(sink.close().success)
        let text = String(decoding: pipe.finish(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1200)
        #expect(
            lines.allSatisfy { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]
            }
        )
    }

    @Test
    func aFailingStreamCountsItsRecordsAsSinkErrors() throws {
        let readOnly = open("/dev/null", O_RDONLY)
        try #require(readOnly >= 0)
        defer { close(readOnly) }
        let sink = sink(.json, descriptor: readOnly)
        sink.emit(stamped(1))
        sink.emit(stamped(2))
        let result = sink.flush(timeout: .seconds(5))
        #expect(result.failedSinks.first?.error.code == .writeFailed)
        sink.close()
        let counters = try #require(sink.counters)
        #expect(counters.droppedSinkError == 2)
        #expect(counters.delivered + counters.dropped == counters.emitted)
    }

    @Test
    func theObservedTimeIsFilledInWhenMissing() throws {
        let pipe = try CollectingPipe()
        let sink = sink(.json, descriptor: pipe.writeEnd)
        sink.emit(F.record(1))
        sink.close()
        let line = Data(pipe.finish())
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect((object["observed_time_unix_nano"] as? UInt64 ?? 0) > 1_700_000_000_000_000_000)
    }
}
