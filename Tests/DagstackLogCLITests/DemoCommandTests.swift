import DagstackCore
import Foundation
import Testing

struct DemoCommandTests {
    struct Summary: Decodable {
        var emitted: Int
        var written: Int
        var dropped: Int
        var files: [String]
    }

    struct Run {
        var summary: Summary
        var outcome: CLIRunner.Outcome
        /// Records of every file, oldest archive first, in file order.
        var records: [LogRecord]
        var lineCount: Int
    }

    static func run(_ arguments: [String], in directory: TemporaryDirectory) throws -> Run {
        let outcome = try CLIRunner.run(["demo", "--dir", directory.url.path] + arguments)
        let lastLine = try #require(outcome.standardOutput.split(separator: "\n").last)
        let summary = try JSONDecoder().decode(Summary.self, from: Data(lastLine.utf8))
        var records: [LogRecord] = []
        var lineCount = 0
        // `files` lists the live file first, then archives newest to oldest: read them oldest first.
        for path in summary.files.reversed() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                lineCount += 1
                records.append(try JSONLinesDecoder.decode(String(line)))
            }
        }
        return Run(summary: summary, outcome: outcome, records: records, lineCount: lineCount)
    }

    @Test func summaryAgreesWithTheFilesOnDisk() throws {
        let directory = try TemporaryDirectory()
        let run = try Self.run(
            ["--records", "3000", "--producers", "3", "--max-bytes", "200000", "--keep", "50", "--console", "off"],
            in: directory
        )
        #expect(run.outcome.status == 0)
        #expect(run.summary.emitted >= 3000)
        #expect(run.summary.written + run.summary.dropped == run.summary.emitted)
        // Nothing was deleted by rotation (keep 50), so every written record is on disk.
        #expect(run.lineCount == run.summary.written)
        #expect(run.summary.files.count > 1, "expected rotation at 200000 bytes")
        for path in run.summary.files {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            #expect(size <= 200_000)
        }
        var lastSeq: [Int64: Int64] = [:]
        for record in run.records {
            guard case .int(let producer)? = record.attributes["producer"],
                case .int(let seq)? = record.attributes["seq"]
            else {
                Issue.record("record without integer producer/seq: \(record)")
                continue
            }
            #expect(
                seq > lastSeq[producer, default: 0],
                "producer \(producer): seq \(seq) after \(lastSeq[producer, default: 0])"
            )
            lastSeq[producer] = seq
        }
        #expect(Set(lastSeq.keys) == [1, 2, 3])
    }

    @Test func recordsShowSecretsMaskedFailuresAndTraceContext() throws {
        let directory = try TemporaryDirectory()
        let run = try Self.run(["--records", "2000", "--producers", "2", "--console", "off"], in: directory)
        #expect(run.outcome.status == 0)
        let lines = try run.summary.files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(!lines.contains("sk_live_demo_"), "an API key leaked")
        #expect(!lines.contains("_visa"), "a card token leaked")
        let received = run.records.filter { $0.body == "order received" }
        #expect(!received.isEmpty && received.allSatisfy { $0.attributes["session.api_key"] == "***" })
        #expect(received.allSatisfy { $0.traceID != nil && $0.spanID != nil && $0.traceFlags == 1 })
        let failures = run.records.filter { $0.body == "order rejected" }
        #expect(!failures.isEmpty)
        #expect(failures.allSatisfy { $0.attributes["exception.type"] == "DagstackLogCLI.PaymentDeclined" })
        #expect(failures.allSatisfy { $0.severity == .error })
        let progress = run.records.filter { $0.attributes["operation.name"] == "catalog.sync" }
        #expect(progress.first?.body == "operation started")
        #expect(progress.last?.attributes["operation.status"] == "ok")
        #expect(progress.contains { $0.attributes["progress.current"] != nil })
        #expect(run.records.allSatisfy { $0.severity >= .info })
        #expect(run.records.allSatisfy { $0.resource?.attributes["service.name"] == "order-service" })
    }

    @Test func consoleGetsWarningsAndAboveOnly() throws {
        let directory = try TemporaryDirectory()
        let run = try Self.run(["--records", "3000", "--producers", "2", "--console", "json"], in: directory)
        let consoleRecords = try run.outcome.standardError.split(separator: "\n").map {
            try JSONLinesDecoder.decode(String($0))
        }
        #expect(!consoleRecords.isEmpty)
        #expect(consoleRecords.allSatisfy { $0.severity >= .warn })
        #expect(consoleRecords.count == run.records.filter { $0.severity >= .warn }.count)
    }

    @Test func rotationKeepsOnlyTheConfiguredArchives() throws {
        let directory = try TemporaryDirectory()
        let run = try Self.run(
            ["--records", "4000", "--producers", "2", "--max-bytes", "100000", "--keep", "2", "--console", "off"],
            in: directory
        )
        #expect(run.summary.files.count == 3)
        #expect(run.lineCount <= run.summary.written)
        #expect(run.summary.written + run.summary.dropped == run.summary.emitted)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let outcome = try CLIRunner.run(["demo", "--console", "loud"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("--console takes auto, pretty, json or off"))
        let records = try CLIRunner.run(["demo", "--records", "-5"])
        #expect(records.status == 2)
        let help = try CLIRunner.run(["demo", "--help"])
        #expect(help.status == 0 && help.standardOutput.hasPrefix("usage: dagstack-log demo"))
    }
}
