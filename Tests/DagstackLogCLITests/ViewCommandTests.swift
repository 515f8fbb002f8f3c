import DagstackCore
import Foundation
import Testing

struct ViewCommandTests {
    static func record(_ number: Int, severity: Severity = .info, logger: String = "orders.api") -> LogRecord {
        LogRecord(
            timeUnixNano: 1_776_592_800_000_000_000 + UInt64(number) * 1_000_000,
            severity: severity,
            body: .string("record \(number)"),
            attributes: ["seq": .int(Int64(number)), "path": "/api/v1/orders"],
            instrumentationScope: InstrumentationScope(name: logger)
        )
    }

    static func lines(_ records: [LogRecord]) -> Data {
        Data(records.map { JSONLinesEncoder.line(for: $0) }.joined().utf8)
    }

    @Test func prettyOutputMatchesGolden() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("app.jsonl")
        var records = (1...3).map { Self.record($0) }
        records.append(Self.record(4, severity: .error, logger: "billing"))
        var hostile = Self.record(5, severity: .warn)
        hostile.body = "line\nbreak \u{1B}[2J and\u{0}nul"
        hostile.attributes = ["note": "has space", "eq": "a=b", "n": 3.5, "nested": ["k": [1, true, .null]]]
        records.append(hostile)
        try Self.lines(records).write(to: file)
        let plain = try CLIRunner.run(["view", "--color", "never", file.path])
        #expect(plain.status == 0)
        #expect(plain.standardError.isEmpty)
        let golden = try String(
            contentsOf: #require(
                Bundle.module.url(forResource: "view", withExtension: "golden", subdirectory: "Fixtures")
            ),
            encoding: .utf8
        )
        #expect(plain.standardOutput == golden)
        let colored = try CLIRunner.run(["view", "--color", "always", file.path])
        #expect(colored.standardOutput.contains("\u{1B}[31mERROR\u{1B}[0m"))
        // Without colour codes the coloured output is the plain one.
        let stripped = colored.standardOutput.replacingOccurrences(
            of: "\u{1B}\\[[0-9;]*m",
            with: "",
            options: .regularExpression
        )
        #expect(stripped == plain.standardOutput)
        // Through a pipe, auto means no colour; NO_COLOR is irrelevant there.
        let auto = try CLIRunner.run(["view", file.path])
        #expect(auto.standardOutput == plain.standardOutput)
    }

    @Test func archivesAreReadOldestFirst() throws {
        let directory = try TemporaryDirectory()
        let live = directory.file("app.jsonl")
        try Self.lines([Self.record(1)]).write(to: URL(fileURLWithPath: live.path + ".2"))
        try Self.lines([Self.record(2)]).write(to: URL(fileURLWithPath: live.path + ".1"))
        try Self.lines([Self.record(3)]).write(to: live)
        let outcome = try CLIRunner.run(["view", "--color", "never", live.path])
        let bodies = outcome.standardOutput.split(separator: "\n").map {
            $0.contains("record 1") ? 1 : $0.contains("record 2") ? 2 : 3
        }
        #expect(bodies == [1, 2, 3])
    }

    @Test func filtersBySeverityLoggerAndText() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("app.jsonl")
        try Self.lines([
            Self.record(1, severity: .debug),
            Self.record(2, severity: .warn, logger: "orders"),
            Self.record(3, severity: .error, logger: "ordersx"),
            Self.record(4, severity: .fatal, logger: "orders.db"),
        ]).write(to: file)
        let severe = try CLIRunner.run(["view", "--color", "never", "--min-severity", "warn", file.path])
        #expect(severe.standardOutput.split(separator: "\n").count == 3)
        let byLogger = try CLIRunner.run(["view", "--color", "never", "--logger", "orders", file.path])
        #expect(byLogger.standardOutput.contains("record 2") && byLogger.standardOutput.contains("record 4"))
        #expect(!byLogger.standardOutput.contains("record 3"))
        let byText = try CLIRunner.run(["view", "--color=never", "--grep", "record 3", file.path])
        #expect(byText.standardOutput.split(separator: "\n").count == 1)
        let badLevel = try CLIRunner.run(["view", "--min-severity", "loud", file.path])
        #expect(badLevel.status == 2)
        #expect(badLevel.standardError.contains("--min-severity"))
    }

    @Test func badLinesWarnWithTheirNumberAndTheRestContinue() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("app.jsonl")
        var data = Self.lines([Self.record(1)])
        data.append(Data("{broken\n".utf8))
        data.append(Self.lines([Self.record(3)]))
        try data.write(to: file)
        let outcome = try CLIRunner.run(["view", "--color", "never", file.path])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.split(separator: "\n").count == 2)
        #expect(outcome.standardError.hasPrefix("dagstack-log view: warning: \(file.path):2: "))
    }

    // Synchronous, with usleep: an async test's sleeps resume only when the cooperative pool (two
    // threads here) has a free thread, and busy suites beside it stretched them past the idle exit.
    @Test func followContinuesAcrossRotationAndTruncation() throws {
        let directory = try TemporaryDirectory()
        let live = directory.file("app.jsonl")
        try Self.lines([Self.record(1)]).write(to: live)
        let process = Process()
        process.executableURL = CLIRunner.executable
        // A generous idle exit: a loaded machine may pause this test between its steps.
        process.arguments = ["view", "--follow", "--idle-exit", "4", "--color", "never", live.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        usleep(300_000)
        let handle = try FileHandle(forWritingTo: live)
        try handle.seekToEnd()
        try handle.write(contentsOf: Self.lines([Self.record(2)]))
        try handle.close()
        usleep(300_000)
        // Rotate as FileSink does: the live file becomes .1, a new file appears at the path.
        try FileManager.default.moveItem(at: live, to: URL(fileURLWithPath: live.path + ".1"))
        try Self.lines([Self.record(3)]).write(to: live)
        usleep(400_000)
        // Truncate in place (logrotate copytruncate), then the writer carries on appending. The new line is
        // shorter than the one before, so the truncation shows even if the viewer never saw the empty file.
        let truncating = try FileHandle(forWritingTo: live)
        try truncating.truncate(atOffset: 0)
        usleep(400_000)
        var shorter = Self.record(4)
        shorter.attributes = [:]
        try truncating.write(contentsOf: Self.lines([shorter]))
        try truncating.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let numbers = text.split(separator: "\n").compactMap { line in (1...4).first { line.contains("record \($0)") }
        }
        #expect(numbers == [1, 2, 3, 4])
        #expect(process.terminationStatus == 0)
    }
}
